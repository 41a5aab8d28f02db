#!/bin/sh
# mta-interop inside the harness image: the JVM flags of ./mta-interop (C1 only, the serial collector, 512 MB of
# heap), the features and Allure of the image; reports under /reports unless --report-dir says otherwise.
exec java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -Dmtainterop.home=/opt/mta-interop -Dmtainterop.allure.home=/opt/mta-interop/allure \
  -jar /opt/mta-interop/mta-interop.jar "$@"
