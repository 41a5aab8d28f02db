package org.mtainterop.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ANSSI TLS guide's suite and group lists and thresholds, read from {@code policy/anssi-tls.csv} (data with
 * citations, house rule 2), for TLS-CS-03, TLS-KX-01 and TLS-KX-02.
 */
public final class AnssiTlsLists {
    private static final String RESOURCE = "/policy/anssi-tls.csv";
    private static final AnssiTlsLists BUNDLED = load();

    private final String guideVersion;
    private final Map<String, String> suites;
    private final Set<String> groups;
    private final int dheMinPrimeBits;

    private AnssiTlsLists(String guideVersion, Map<String, String> suites, Set<String> groups, int dheMinPrimeBits) {
        this.guideVersion = guideVersion;
        this.suites = Map.copyOf(suites);
        this.groups = Set.copyOf(groups);
        this.dheMinPrimeBits = dheMinPrimeBits;
    }

    public static AnssiTlsLists bundled() {
        return BUNDLED;
    }

    /** e.g. "ANSSI TLS guide v1.2", for verdict messages. */
    public String citation() {
        return "ANSSI TLS guide v" + guideVersion;
    }

    public boolean suiteListed(String ianaName) {
        return suites.containsKey(ianaName);
    }

    /** "recommended" or "degraded" for listed suites. */
    public String tier(String ianaName) {
        return suites.getOrDefault(ianaName, "not listed");
    }

    public boolean groupAllowed(String groupName) {
        return groups.contains(groupName);
    }

    public int dheMinPrimeBits() {
        return dheMinPrimeBits;
    }

    private static AnssiTlsLists load() {
        String version = "?";
        Map<String, String> suites = new LinkedHashMap<>();
        Set<String> groups = new LinkedHashSet<>();
        int dhe = 2048;
        try (InputStream in = AnssiTlsLists.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("kind,")) {
                    continue;
                }
                String[] f = line.split(",", 4);
                switch (f[0]) {
                    case "guide_version" -> version = f[1];
                    case "suite" -> suites.put(f[1], f[2]);
                    case "group" -> groups.add(f[1]);
                    case "threshold" -> dhe = f[1].equals("dhe_min_prime_bits") ? Integer.parseInt(f[2]) : dhe;
                    default -> throw new IllegalStateException("unknown kind '" + f[0] + "' in " + RESOURCE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AnssiTlsLists(version, suites, groups, dhe);
    }
}
