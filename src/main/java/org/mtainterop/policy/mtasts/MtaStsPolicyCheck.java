package org.mtainterop.policy.mtasts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.dns.MxHostDns;
import org.mtainterop.mtasts.MxPattern;
import org.mtainterop.mtasts.Parsed;
import org.mtainterop.mtasts.StsMode;
import org.mtainterop.mtasts.StsPolicy;
import org.mtainterop.mtasts.StsPolicyParser;
import org.mtainterop.mtasts.SyntaxProblem;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.mtasts.MtaStsFacts;
import org.mtainterop.probe.mtasts.MxCertificate;

/**
 * MTASTS-03: the policy is valid by the RFC 8461 §3.2 ABNF (version, mode, mx, max_age ≤ 31557600, LF or
 * CRLF lines; a field one edit from a defined one, such as {@code nmx}, fails: senders ignore it, so what it
 * meant to say has no effect), every MX host of the domain matches an {@code mx} pattern (§4.1), and each MX
 * presents a certificate valid for its name (§4.2: PKIX and the MX host name). Under mode {@code none} nothing
 * is enforced and only the syntax is judged. Where an MX also has DNSSEC-secure TLSA records the verdict says
 * that DANE-capable senders apply DANE to it, not MTA-STS (RFC 8461 §2).
 */
public final class MtaStsPolicyCheck extends PublishedCheck {
    public static final String ID = "MTASTS-03";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judge(MtaStsFacts facts) {
        if (facts.sts().absent() || facts.fetch().isEmpty()) {
            return notPublished(facts);
        }
        if (facts.policy().isEmpty()) {
            return Verdict.broken(ID, Reason.of("MtaStsPolicy.broken.1", facts.fetch().get()));
        }
        Parsed<StsPolicy> parsed = facts.policy().get();
        List<String> typos = parsed.notes().stream().filter(n -> StsPolicyParser.likelyTypoOf(n.field()).isPresent())
                .map(n -> "unknown field '" + n.field() + "' is one edit from '"
                        + StsPolicyParser.likelyTypoOf(n.field()).get() + "': a typo? senders ignore it")
                .toList();
        if (!parsed.valid()) {
            return Verdict.failed(ID, Reason.of("MtaStsPolicy.failed.1", parsed.describeErrors()));
        }
        StsPolicy policy = parsed.value().orElseThrow();
        if (!typos.isEmpty()) {
            return Verdict.failed(ID, Reason.of("MtaStsPolicy.failed.2", String.join("; ", typos)));
        }
        String others = parsed.notes().stream().map(SyntaxProblem::describe).collect(Collectors.joining("; "));
        String notes = others.isEmpty() ? "" : " (" + others + ")";
        if (policy.mode() == StsMode.NONE) {
            return Verdict.passed(ID, Reason.of("MtaStsPolicy.passed.1", notes));
        }
        if (facts.dns().mx().status() == DnssecStatus.NO_ANSWER || facts.dns().mx().status() == DnssecStatus.SERVFAIL) {
            return Verdict.broken(ID, Reason.of("MtaStsPolicy.broken.2", facts.domain(), facts.dns().mx().status().label(), facts.dns().mx().reason().map(r -> ": " + r).orElse("")));
        }
        if (facts.dns().hosts().isEmpty()) {
            return Verdict.failed(ID, Reason.of("MtaStsPolicy.failed.3", facts.domain()));
        }
        List<String> failures = new ArrayList<>();
        List<String> unjudged = new ArrayList<>();
        List<String> dane = new ArrayList<>();
        for (MxHostDns host : facts.dns().hosts()) {
            Optional<MxPattern> pattern = policy.patternFor(host.hostName());
            if (pattern.isEmpty()) {
                failures.add(host.hostName() + " matches no mx pattern (" + policy.mx().stream().map(MxPattern::pattern)
                        .collect(Collectors.joining(", ")) + "): under " + policy.mode().keyword()
                        + " senders " + (policy.mode() == StsMode.ENFORCE ? "refuse to deliver to it" : "report it")
                        + " (RFC 8461 §4.1)");
            }
            if (host.tlsa().isSecure() && !host.tlsaRecords().isEmpty()) {
                dane.add(host.hostName());
            }
            Optional<MxCertificate> certificate = facts.mxCertificates().stream()
                    .filter(c -> c.host().equalsIgnoreCase(host.hostName())).findFirst();
            if (certificate.isEmpty() || !certificate.get().reached()) {
                unjudged.add(host.hostName() + certificate.flatMap(MxCertificate::problem).map(p -> " (" + p + ")")
                        .orElse(" (not probed)"));
            } else if (certificate.get().certificate().isEmpty()) {
                failures.add(host.hostName() + " presented no certificate over STARTTLS ("
                        + certificate.get().problem().orElse("no TLS") + "): MTA-STS senders require TLS (RFC 8461 §4.2)");
            } else if (!certificate.get().validForHost()) {
                var c = certificate.get().certificate().get();
                failures.add(host.hostName() + "'s certificate is not valid for it (PKIX " + (c.pkix().valid() ? "valid"
                        : "invalid: " + c.pkix().reason()) + "; name " + c.nameMatch().readable()
                        + "): MTA-STS senders refuse it (RFC 8461 §4.2)");
            }
        }
        String daneNote = dane.isEmpty() ? "" : "; DANE TLSA records (DNSSEC-secure) are published for "
                + String.join(", ", dane) + ": senders that support DANE apply DANE there and not MTA-STS (RFC 8461 §2)";
        if (!failures.isEmpty()) {
            return Verdict.failed(ID, String.join("; ", failures) + daneNote);
        }
        if (!unjudged.isEmpty()) {
            return Verdict.broken(ID, Reason.of("MtaStsPolicy.broken.3", String.join(", ", unjudged)));
        }
        return Verdict.passed(ID, Reason.of("MtaStsPolicy.passed.2", policy.mode().keyword(), policy.maxAge(), facts.dns().hosts().stream().map(h -> h.hostName() + " ~ " + policy.patternFor(h.hostName())                 .map(MxPattern::pattern).orElse("?")).collect(Collectors.joining(", ")), daneNote, notes));
    }
}
