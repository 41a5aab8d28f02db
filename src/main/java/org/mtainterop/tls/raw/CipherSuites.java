package org.mtainterop.tls.raw;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The IANA cipher-suite registry, read once from {@code iana/tls-cipher-suites.csv}. */
public final class CipherSuites {
    private static final String RESOURCE = "/iana/tls-cipher-suites.csv";
    private static final Map<Integer, CipherSuite> BY_CODE = load();

    private CipherSuites() {
    }

    public static List<CipherSuite> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<CipherSuite> byCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static Optional<CipherSuite> byName(String ianaName) {
        return BY_CODE.values().stream().filter(s -> s.ianaName().equals(ianaName)).findFirst();
    }

    /** The suite for a code, or a placeholder row for an unassigned code a server might still pick. */
    public static CipherSuite describe(int code) {
        return byCode(code).orElseGet(() -> new CipherSuite(code, String.format("UNKNOWN_0x%04X", code), "", "?", "?",
                "?", "?", 0, ProtocolVersion.SSL_3_0, Set.of()));
    }

    /** Every suite that can be negotiated in the version, in registry order. */
    public static List<CipherSuite> usableIn(ProtocolVersion version) {
        return BY_CODE.values().stream().filter(s -> s.usableIn(version)).toList();
    }

    private static Map<Integer, CipherSuite> load() {
        Map<Integer, CipherSuite> out = new LinkedHashMap<>();
        try (InputStream in = CipherSuites.class.getResourceAsStream(RESOURCE)) {
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
                CipherSuite suite = parse(line);
                if (out.put(suite.code(), suite) != null) {
                    throw new IllegalStateException("duplicate suite code in " + RESOURCE + ": " + suite.hexCode());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }

    static CipherSuite parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 10) {
            throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
        }
        Set<CipherSuite.Flag> flags = EnumSet.noneOf(CipherSuite.Flag.class);
        for (String flag : f[9].split("\\|")) {
            if (!flag.isEmpty()) {
                flags.add(flag.equals("3des") ? CipherSuite.Flag.TRIPLE_DES
                        : CipherSuite.Flag.valueOf(flag.toUpperCase(Locale.ROOT)));
            }
        }
        ProtocolVersion min = f[8].equals("-") ? ProtocolVersion.TLS_1_3 : ProtocolVersion.ofLabel(f[8])
                .orElseThrow(() -> new IllegalStateException("unknown version " + f[8] + " in " + RESOURCE));
        return new CipherSuite(Integer.decode(f[0]), f[1], f[2], f[3], f[4], f[5], f[6], Integer.parseInt(f[7]), min,
                flags);
    }
}
