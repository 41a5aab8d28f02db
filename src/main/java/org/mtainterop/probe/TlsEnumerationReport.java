package org.mtainterop.probe;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mtainterop.tls.raw.CipherSuite;
import org.mtainterop.tls.raw.NamedGroup;
import org.mtainterop.report.ReportLanguage;

/** Renders {@link TlsEnumerationFacts} as the plain-text table attached to reports. */
final class TlsEnumerationReport {
    private TlsEnumerationReport() {
    }

    static String render(TlsEnumerationFacts f) {
        StringBuilder out = new StringBuilder();
        out.append("TLS enumeration: ").append(f.hellos()).append(" raw hellos in ")
                .append(f.elapsed().toMillis()).append(" ms\n");
        f.notTested().ifPresent(why -> out.append("not tested: ").append(why.render(ReportLanguage.EN)).append('\n'));
        out.append("\nProtocol versions\n");
        f.versions().forEach(v -> out.append(String.format("  %-8s %-9s %s%n", v.version().label(),
                v.accepted() ? "accepted" : "refused", v.answer())));
        f.acceptedSuites().forEach((version, suites) -> {
            out.append('\n').append(version.label()).append(": ").append(suites.size()).append(" suite(s), ")
                    .append(f.order().containsKey(version) ? f.order().get(version).readable()
                            : f.scope() == EnumerationScope.VERSIONS_AND_SUITES ? "order not measured" : "order not determined")
                    .append('\n');
            int i = 1;
            for (CipherSuite s : suites) {
                out.append(String.format("  %2d. %s  %-50s %-32s %s %d-bit%s%n", i++, s.hexCode(), s.ianaName(),
                        s.opensslName().isEmpty() ? "-" : s.opensslName(), s.keyExchange(), s.bits(), flags(s)));
            }
        });
        out.append('\n');
        if (f.scope() == EnumerationScope.VERSIONS_AND_SUITES) {
            out.append("Only versions and suites enumerated (the suites in the order the server picked them): this run's"
                    + " requirements need nothing else, so the suites' order, encrypt_then_mac, groups, the DHE prime,"
                    + " the optional extensions and the SNI hellos were not measured\n");
            return appendHellos(f, out);
        }
        if (f.groupFindings().isEmpty()) {
            out.append("Groups: not probed\n");
        }
        f.groupFindings().forEach(g -> out.append("Groups in ").append(g.version().label()).append(": ")
                .append(g.accepted().isEmpty() ? "none" : g.accepted().stream().map(NamedGroup::name)
                        .collect(Collectors.joining(", ")))
                .append(g.notOffered().isEmpty() ? "" : " (not offered again: " + g.notOffered().stream()
                        .map(NamedGroup::name).collect(Collectors.joining(", ")) + ")")
                .append('\n'));
        out.append("DHE prime: ").append(f.dhePrimeBits().isPresent() ? f.dhePrimeBits().getAsInt() + " bits"
                : "no finite-field DHE in TLS <= 1.2").append('\n');
        out.append("secure renegotiation: ").append(f.secureRenegotiation()).append('\n');
        out.append("extended master secret: ").append(f.extendedMasterSecret()).append('\n');
        out.append("CBC without encrypt_then_mac: ").append(f.cbcWithoutEtm().isEmpty() ? "none"
                : f.cbcWithoutEtm().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue().stream()
                        .map(CipherSuite::ianaName).collect(Collectors.joining(", "))).collect(Collectors.joining("; ")))
                .append('\n');
        out.append("TLS compression: ").append(f.compression()).append('\n');
        out.append("heartbeat: ").append(f.heartbeat()).append(", truncated_hmac: ").append(f.truncatedHmac()).append('\n');
        out.append("hello without SNI answered: ").append(f.withoutSni())
                .append(", with an unknown SNI: ").append(f.unknownSni()).append('\n');
        return appendHellos(f, out);
    }

    private static String appendHellos(TlsEnumerationFacts f, StringBuilder out) {
        if (!f.problems().isEmpty()) {
            out.append("\nHellos without a TLS answer\n");
            f.problems().forEach(p -> out.append("  ").append(p).append('\n'));
        }
        out.append("\nHellos\n");
        f.log().forEach(l -> out.append("  ").append(l).append('\n'));
        return out.toString();
    }

    private static String flags(CipherSuite s) {
        List<String> names = s.flags().stream().map(fl -> fl.name().toLowerCase(Locale.ROOT)).sorted().toList();
        return names.isEmpty() ? "" : " [" + String.join(",", names) + "]";
    }
}
