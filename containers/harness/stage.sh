#!/usr/bin/env bash
# containers/harness/stage.sh DIR — lays out the harness image's build context in DIR: the Dockerfile and, under
# opt/, what the image holds in /opt/mta-interop (the jar, its libraries, the features, Allure, the launcher).
# Builds the jar first when it is missing or older than the sources (./mvnw package, tests skipped).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(cd "$here/../.." && pwd)"
out="$1"
jar="$home/target/mta-interop.jar"
if [ ! -f "$jar" ] || [ ! -d "$home/target/lib" ] || [ ! -d "$home/target/allure" ] \
   || [ -n "$(find "$home/src/main" "$home/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  (cd "$home" && ./mvnw -q -B -DskipTests package) >&2
fi
rm -rf "$out/opt"
mkdir -p "$out/opt/bin"
cp "$here/Dockerfile" "$out/Dockerfile"
cp "$jar" "$out/opt/mta-interop.jar"
cp -r "$home/target/lib" "$out/opt/lib"
cp -r "$home/target/allure/allure-2.34.1" "$out/opt/allure"
cp -r "$home/features" "$out/opt/features"
install -m 0755 "$here/mta-interop.sh" "$out/opt/bin/mta-interop"
