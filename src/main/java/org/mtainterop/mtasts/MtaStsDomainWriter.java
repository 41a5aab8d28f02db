package org.mtainterop.mtasts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtainterop.dane.DaneZoneWriter;

/**
 * Writes what an MTA-STS test domain publishes (README, "MTA-STS outbound"): the zone files in the layout of the
 * DNSSEC test bed and of an operator's own server ({@link DaneZoneWriter}: {@code zones.list}, {@code <domain>.zone},
 * {@code <domain>.zonefile}), and the policy as a web root for the policy host,
 * {@code mta-sts.<domain>/.well-known/mta-sts.txt}, to be served over HTTPS with a certificate valid for
 * {@code mta-sts.<domain>} (RFC 8461 §3.3).
 */
public final class MtaStsDomainWriter {
    private MtaStsDomainWriter() {
    }

    /** Writes every domain's files into {@code directory}; returns the files written. */
    public static List<Path> write(Path directory, List<MtaStsTestDomain> domains) {
        List<Path> written = new ArrayList<>(new DaneZoneWriter("ns." + domains.get(0).domain()).write(directory, domains));
        try {
            for (MtaStsTestDomain domain : domains) {
                Path wellKnown = Files.createDirectories(directory.resolve(domain.policyHost()).resolve(".well-known"));
                written.add(Files.writeString(wellKnown.resolve("mta-sts.txt"), domain.policy(), StandardCharsets.US_ASCII));
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the MTA-STS policy files to " + directory + ": " + e.getMessage(), e);
        }
    }
}
