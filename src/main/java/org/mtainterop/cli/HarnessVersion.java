package org.mtainterop.cli;

import org.mtainterop.run.HarnessHome;
import picocli.CommandLine.IVersionProvider;

/** Prints the harness and Java versions for {@code --version}. */
public final class HarnessVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"mta-interop " + HarnessHome.version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
