package org.mtainterop.dane;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes test zones (DANE, MTA-STS) to a directory in the layout the DNSSEC test bed reads (containers/dns/testbed.sh):
 * {@code zones.list} ("<zone> <mode>" lines) and one {@code <zone>.zone} per zone with its records, plus
 * {@code <zone>.zonefile}, a complete zone (SOA, NS) for an operator's own server. No key is written: zones are
 * signed where they are served.
 */
public final class DaneZoneWriter {
    private final String nameServer;

    /** @param nameServer the NS the complete zone files name (the operator's authoritative server) */
    public DaneZoneWriter(String nameServer) {
        this.nameServer = nameServer;
    }

    /** Writes every zone; returns the files written. */
    public List<Path> write(Path directory, List<? extends PublishedZone> zones) {
        try {
            Files.createDirectories(directory);
            List<Path> written = new ArrayList<>();
            StringBuilder list = new StringBuilder("# zone mode - written by mta-interop (DaneZoneWriter)\n");
            long serial = System.currentTimeMillis() / 1000;
            for (PublishedZone zone : zones) {
                list.append(zone.zone()).append(' ').append(zone.signing().bedMode()).append('\n');
                written.add(Files.writeString(directory.resolve(zone.zone() + ".zone"), zone.records(),
                        StandardCharsets.US_ASCII));
                written.add(Files.writeString(directory.resolve(zone.zone() + ".zonefile"),
                        zone.zoneFile(nameServer, serial), StandardCharsets.US_ASCII));
            }
            written.add(0, Files.writeString(directory.resolve("zones.list"), list, StandardCharsets.US_ASCII));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write zone files to " + directory + ": " + e.getMessage(), e);
        }
    }
}
