package org.mtainterop.operators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.InitialDirContext;

/**
 * MX records through the JDK's DNS provider (JNDI {@code dns:}), with the system's resolvers. Used only at
 * run time for {@code discover: dns}; tests use a fake {@link MxLookup} and never query DNS.
 */
public final class DnsMxLookup implements MxLookup {
    @Override
    public List<String> mxHosts(String domain) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        env.put("com.sun.jndi.dns.timeout.initial", "2000");
        env.put("com.sun.jndi.dns.timeout.retries", "2");
        try {
            InitialDirContext dns = new InitialDirContext(env);
            try {
                Attribute mx = dns.getAttributes("dns:/" + domain, new String[] {"MX"}).get("MX");
                List<String[]> records = new ArrayList<>();
                if (mx != null) {
                    NamingEnumeration<?> values = mx.getAll();
                    while (values.hasMore()) {
                        String[] preferenceAndHost = values.next().toString().strip().split("\\s+");
                        if (preferenceAndHost.length == 2) {
                            records.add(preferenceAndHost);
                        }
                    }
                }
                return records.stream().sorted(Comparator.comparingInt(r -> Integer.parseInt(r[0])))
                        .map(r -> r[1].endsWith(".") ? r[1].substring(0, r[1].length() - 1) : r[1])
                        .filter(h -> !h.isEmpty()) // "0 ." is a null MX (RFC 7505): no mail accepted
                        .toList();
            } finally {
                dns.close();
            }
        } catch (NamingException | NumberFormatException e) {
            throw new IllegalArgumentException("DNS MX lookup of " + domain + " failed: " + e.getMessage());
        }
    }
}
