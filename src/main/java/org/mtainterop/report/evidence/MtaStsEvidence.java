package org.mtainterop.report.evidence;

import java.util.ArrayList;
import java.util.List;
import org.mtainterop.dns.MxHostDns;
import org.mtainterop.mtasts.MxPattern;
import org.mtainterop.mtasts.StsPolicy;
import org.mtainterop.probe.mtasts.MtaStsFacts;
import org.mtainterop.probe.mtasts.MxCertificate;

/**
 * A domain's MTA-STS and TLS-RPT publication as report attachments: the two TXT answers, the policy fetch
 * (request, TLS, certificate, status, headers, body), the parser's findings, and each MX against the patterns.
 */
public final class MtaStsEvidence {
    private MtaStsEvidence() {
    }

    public static List<Attachment> of(MtaStsFacts facts) {
        List<Attachment> attachments = new ArrayList<>();
        attachments.add(Attachment.text("MTA-STS and TLS-RPT TXT records of " + facts.domain(),
                facts.stsTxt().evidence() + "\n" + facts.tlsRptTxt().evidence()));
        facts.fetch().ifPresent(fetch -> attachments.add(Attachment.text("MTA-STS policy fetch " + fetch.url(),
                fetch.evidence())));
        facts.fetch().flatMap(f -> f.certificate()).ifPresent(c -> attachments.add(Attachment.text(
                "Policy host certificate of mta-sts." + facts.domain(), c.readable())));
        facts.policy().ifPresent(parsed -> {
            StringBuilder text = new StringBuilder(parsed.valid() ? "valid\n" : "INVALID\n");
            parsed.problems().forEach(p -> text.append(p.isError() ? "error: " : "note:  ").append(p.describe())
                    .append('\n'));
            attachments.add(Attachment.text("MTA-STS policy findings", text.toString()));
        });
        if (facts.fetch().isPresent()) {
            attachments.add(Attachment.text("MX hosts of " + facts.domain() + " vs the policy", mxTable(facts)));
        }
        return attachments;
    }

    static String mxTable(MtaStsFacts facts) {
        StringBuilder out = new StringBuilder();
        StsPolicy policy = facts.policy().flatMap(p -> p.value()).orElse(null);
        out.append(policy == null ? "no valid policy: MX hosts not matched\n"
                : "patterns: " + String.join(", ", policy.mx().stream().map(MxPattern::pattern).toList())
                + " (mode " + policy.mode().keyword() + ")\n");
        for (MxHostDns host : facts.dns().hosts()) {
            out.append(String.format("MX %-4d %-40s pattern: %-24s", host.preference(), host.hostName(),
                    policy == null ? "-" : policy.patternFor(host.hostName()).map(MxPattern::pattern).orElse("NONE")));
            facts.mxCertificates().stream().filter(c -> c.host().equalsIgnoreCase(host.hostName())).findFirst()
                    .ifPresent(c -> out.append(" certificate: ").append(certificate(c)));
            if (host.tlsa().isSecure() && !host.tlsaRecords().isEmpty()) {
                out.append("  DANE (secure TLSA): DANE senders apply DANE here");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String certificate(MxCertificate c) {
        if (c.certificate().isEmpty()) {
            return "none (" + c.problem().orElse("no TLS") + ")";
        }
        var facts = c.certificate().get();
        return (c.validForHost() ? "valid for the name" : "NOT valid for the name") + " (PKIX "
                + (facts.pkix().valid() ? "valid" : facts.pkix().reason()) + "; " + facts.nameMatch().readable() + ")";
    }
}
