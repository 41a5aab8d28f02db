package org.mtainterop.tls.raw;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a peer's ClientHello offered, as read off the wire by {@link ClientHelloParser} before any TLS library
 * saw it: versions (record, legacy_version, supported_versions), suites, compression, groups, SNI and the
 * extension types in order. GREASE values (RFC 8701) are kept in the lists and ignored by the helpers.
 *
 * @param sslv2Format       the hello came in the SSLv2-compatible record format (RFC 6101 appendix E.1)
 * @param recordVersion     the version in the first record header
 * @param legacyVersion     client_version / legacy_version
 * @param supportedVersions the supported_versions extension (RFC 8446 §4.2.1), empty when absent
 * @param size              bytes of the handshake message (header included)
 */
public record ClientHelloOffer(boolean sslv2Format, int recordVersion, int legacyVersion,
                               List<Integer> supportedVersions, List<Integer> cipherSuites,
                               List<Integer> compressionMethods, List<Integer> groups, Optional<String> serverName,
                               List<Integer> extensionTypes, int size) {
    public static final int EXT_SERVER_NAME = 0;
    public static final int EXT_SUPPORTED_GROUPS = 10;
    public static final int EXT_SUPPORTED_VERSIONS = 43;

    public ClientHelloOffer {
        supportedVersions = List.copyOf(supportedVersions);
        cipherSuites = List.copyOf(cipherSuites);
        compressionMethods = List.copyOf(compressionMethods);
        groups = List.copyOf(groups);
        extensionTypes = List.copyOf(extensionTypes);
    }

    /** RFC 8701: 0x?A?A with both bytes equal. */
    public static boolean isGrease(int value) {
        return (value & 0x0f0f) == 0x0a0a && (value >> 8) == (value & 0xff);
    }

    /**
     * The versions this hello makes negotiable. With supported_versions, exactly that list. Without it, every
     * version from SSLv3 up to legacy_version: a hello cannot say its minimum, so an old server may pick any
     * of them (RFC 5246 appendix E.1). SSLv2-format hellos add SSLv2.
     */
    public List<Integer> offeredVersions() {
        List<Integer> listed = supportedVersions.stream().filter(v -> !isGrease(v)).toList();
        if (!listed.isEmpty()) {
            return listed;
        }
        List<Integer> implied = new ArrayList<>();
        if (sslv2Format) {
            implied.add(ProtocolVersion.SSL_2_0.code());
        }
        for (int v = ProtocolVersion.SSL_3_0.code(); v <= Math.min(legacyVersion, ProtocolVersion.TLS_1_2.code()); v++) {
            implied.add(v);
        }
        return implied;
    }

    /** Whether the offered versions are listed explicitly (supported_versions) rather than implied. */
    public boolean versionsExplicit() {
        return supportedVersions.stream().anyMatch(v -> !isGrease(v));
    }

    public int highestVersion() {
        return offeredVersions().stream().mapToInt(Integer::intValue).max().orElse(legacyVersion);
    }

    public boolean offers(ProtocolVersion version) {
        return offeredVersions().contains(version.code());
    }

    public static String versionName(int code) {
        return ProtocolVersion.ofCode(code).map(ProtocolVersion::label).orElse(String.format("0x%04X", code));
    }

    /** Readable text for reports: one fact per line, suites and groups by IANA name. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("format:              ").append(sslv2Format ? "SSLv2-compatible" : "TLS record").append('\n');
        out.append("record version:      ").append(versionName(recordVersion)).append('\n');
        out.append("legacy_version:      ").append(versionName(legacyVersion)).append('\n');
        out.append("supported_versions:  ").append(supportedVersions.isEmpty() ? "(absent)"
                : supportedVersions.stream().map(v -> isGrease(v) ? "GREASE" : versionName(v))
                        .collect(Collectors.joining(", "))).append('\n');
        out.append("negotiable versions: ").append(offeredVersions().stream().map(ClientHelloOffer::versionName)
                .collect(Collectors.joining(", "))).append(versionsExplicit() ? "" : " (implied: no supported_versions)")
                .append('\n');
        out.append("SNI:                 ").append(serverName.orElse("(none)")).append('\n');
        out.append("cipher suites (").append(cipherSuites.size()).append("):\n");
        for (int suite : cipherSuites) {
            out.append("  ").append(isGrease(suite) ? String.format("0x%04X GREASE", suite)
                    : String.format("0x%04X %s", suite, CipherSuites.describe(suite).displayName())).append('\n');
        }
        out.append("groups:              ").append(groups.isEmpty() ? "(none)" : groups.stream()
                .map(g -> isGrease(g) ? "GREASE" : NamedGroups.describe(g).displayName())
                .collect(Collectors.joining(", "))).append('\n');
        out.append("compression:         ").append(compressionMethods.stream()
                .map(c -> c == 0 ? "null" : c == 1 ? "DEFLATE" : String.valueOf(c))
                .collect(Collectors.joining(", "))).append('\n');
        out.append("extensions:          ").append(extensionTypes.stream().map(String::valueOf)
                .collect(Collectors.joining(", "))).append('\n');
        out.append("size:                ").append(size).append(" bytes\n");
        return out.toString();
    }
}
