package org.mtainterop.report.evidence;

import java.util.List;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.dns.MxHostDns;

/** A mail domain's DNS answers as report attachments: a status table, then every answer with its records and reason. */
public final class DnsEvidence {
    private DnsEvidence() {
    }

    public static List<Attachment> of(DomainDnsFacts facts) {
        return List.of(Attachment.text("DNS of " + facts.domain() + " (DNSSEC status per answer)", summary(facts)),
                Attachment.text("DNS answers of " + facts.domain(), facts.evidence()));
    }

    /** One line per RRset: owner, type, DNSSEC status, record count. */
    static String summary(DomainDnsFacts facts) {
        StringBuilder out = new StringBuilder();
        out.append("mail domain: ").append(facts.domain()).append('\n');
        out.append("validation:  ").append(facts.mx().mode().describe()).append('\n');
        if (facts.implicitMx()) {
            out.append("no MX records: the domain itself is the MX (RFC 5321 section 5.1)\n");
        }
        out.append('\n');
        line(out, facts.mx());
        for (MxHostDns host : facts.hosts()) {
            out.append("MX ").append(host.preference()).append(' ').append(host.host()).append('\n');
            host.answers().forEach(a -> line(out.append("  "), a));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, DnsAnswer answer) {
        out.append(String.format("%-40s %-5s %-9s %d record(s)", answer.name(), answer.typeName(), answer.status().label(),
                answer.records().size()));
        answer.reason().ifPresent(r -> out.append("  (").append(r).append(')'));
        out.append('\n');
    }
}
