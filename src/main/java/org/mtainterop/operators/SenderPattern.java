package org.mtainterop.operators;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * How a sending MTA of an operator is recognised by {@code receive}: a client address or CIDR block
 * ({@code 192.0.2.0/24}, {@code 2001:db8::/32}), or an EHLO name, exact ({@code out.example.net}) or any
 * name under a suffix ({@code *.example.net}). Literals only: nothing here looks anything up in DNS.
 */
public sealed interface SenderPattern {

    /** True when a session from {@code clientAddress} greeting with {@code ehloName} matches. */
    boolean matches(String clientAddress, String ehloName);

    /** True for an address pattern (which wins over an EHLO-name pattern of another operator). */
    boolean byAddress();

    static SenderPattern parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        Optional<byte[]> literal = addressLiteral(address);
        if (literal.isPresent()) {
            int bits = literal.get().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(t.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("not a CIDR prefix length (0-" + bits + ") '" + text + "'");
                }
            }
            return new AddressBlock(literal.get(), prefix);
        }
        if (slash >= 0) {
            throw new IllegalArgumentException("not an address or CIDR block '" + text + "'");
        }
        boolean suffix = t.startsWith("*.");
        String name = suffix ? t.substring(2) : t;
        if (!HostNames.isHostName(name)) {
            throw new IllegalArgumentException("not an address, CIDR block, EHLO name or *.suffix '" + text + "'");
        }
        return new EhloName(name.toLowerCase(Locale.ROOT), suffix);
    }

    /** The bytes of an IPv4 or IPv6 literal (brackets and a {@code %scope} allowed); empty for anything else. */
    static Optional<byte[]> addressLiteral(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        int scope = t.indexOf('%');
        if (scope >= 0) {
            t = t.substring(0, scope);
        }
        boolean v4 = t.matches("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
        boolean v6 = t.indexOf(':') >= 0 && t.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return Optional.empty(); // never handed to InetAddress: a name would be looked up
        }
        try {
            return Optional.of(InetAddress.getByName(t).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** A client address inside {@code network/prefix}. */
    record AddressBlock(byte[] network, int prefix) implements SenderPattern {
        @Override
        public boolean matches(String clientAddress, String ehloName) {
            byte[] client = addressLiteral(clientAddress).orElse(null);
            if (client == null || client.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((client[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean byAddress() {
            return true;
        }
    }

    /** The EHLO name itself, or (suffix) any name below it. */
    record EhloName(String name, boolean suffix) implements SenderPattern {
        @Override
        public boolean matches(String clientAddress, String ehloName) {
            String given = ehloName == null ? "" : ehloName.strip().toLowerCase(Locale.ROOT);
            if (given.endsWith(".")) {
                given = given.substring(0, given.length() - 1);
            }
            return suffix ? given.endsWith("." + name) : given.equals(name);
        }

        @Override
        public boolean byAddress() {
            return false;
        }
    }
}
