package org.mtainterop.tls.raw;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The IANA supported-groups registry, read once from {@code iana/tls-groups.csv}. */
public final class NamedGroups {
    private static final String RESOURCE = "/iana/tls-groups.csv";
    private static final Map<Integer, NamedGroup> BY_CODE = load();

    public static final int SECP256R1 = 23;
    public static final int SECP384R1 = 24;
    public static final int SECP521R1 = 25;
    public static final int X25519 = 29;
    public static final int X448 = 30;

    private NamedGroups() {
    }

    public static List<NamedGroup> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<NamedGroup> byCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static NamedGroup describe(int code) {
        return byCode(code).orElseGet(() -> new NamedGroup(code, "unknown_" + code, NamedGroup.Kind.EXPLICIT, 0,
                false, false));
    }

    private static Map<Integer, NamedGroup> load() {
        Map<Integer, NamedGroup> out = new LinkedHashMap<>();
        try (InputStream in = NamedGroups.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 6) {
                    throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
                }
                NamedGroup g = new NamedGroup(Integer.parseInt(f[0]), f[1],
                        NamedGroup.Kind.valueOf(f[2].toUpperCase(Locale.ROOT)), Integer.parseInt(f[3]),
                        Boolean.parseBoolean(f[4]), Boolean.parseBoolean(f[5]));
                out.put(g.code(), g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
