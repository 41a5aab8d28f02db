package org.mtainterop.dns.testbed;

import java.util.Objects;

/**
 * One zone of the test bed.
 *
 * @param name    the zone name under the apex ("secure.test"), no trailing dot
 * @param mode    how it is signed and delegated
 * @param records zone-file lines relative to the zone ({@code @ IN MX 10 mx}, {@code mx IN A 172.18.0.5},
 *                {@code _25._tcp.mx IN TLSA 3 1 1 …}); no SOA or NS, the bed adds them
 */
public record TestZone(String name, ZoneMode mode, String records) {
    public TestZone {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(records, "records");
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (!name.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
            throw new IllegalArgumentException("not a zone name: '" + name + "'");
        }
    }
}
