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
            return Verdict.broken(ID, Reason.of("MtaStsPolicy.broken.1", facts.fetch().get().summary()));
        }
        Parsed<StsPolicy> parsed = facts.policy().get();
        List<Reason> typos = parsed.notes().stream().filter(n -> StsPolicyParser.likelyTypoOf(n.field()).isPresent())
                .map(n -> Reason.of("MtaStsPolicy.typo", n.field(), StsPolicyParser.likelyTypoOf(n.field()).get()))
                .toList();
        if (!parsed.valid()) {
            return Verdict.failed(ID, Reason.of("MtaStsPolicy.failed.1", parsed.describedErrors()));
        }
        StsPolicy policy = parsed.value().orElseThrow();
        if (!typos.isEmpty()) {
            return Verdict.failed(ID, Reason.of("MtaStsPolicy.failed.2", Reason.join("; ", typos)));
        }
        Reason notes = parsed.notes().isEmpty() ? Reason.NONE
                : Reason.of("Syntax.notes", Reason.join("; ", parsed.notes().stream().map(SyntaxProblem::described).toList()));
        if (policy.mode() == StsMode.NONE) {
            return Verdict.passed(ID, Reason.of("MtaStsPolicy.passed.1", notes));
        }
        if (facts.dns().mx().status() == DnssecStatus.NO_ANSWER || facts.dns().mx().status() == DnssecStatus.SERVFAIL) {
            return Verdict.broken(ID, Reason.of("MtaStsPolicy.broken.2", facts.domain(), facts.dns().mx().status().said(),
                    facts.dns().mx().said().<Reason>map(r -> Reason.of("Dns.afterColon", r)).orElse(Reason.NONE)));
        }
        if (facts.dns().hosts().isEmpty()) {
            return Verdict.failed(ID, Reason.of("MtaStsPolicy.failed.3", facts.domain()));
        }
        List<Reason> failures = new ArrayList<>();
        List<Reason> unjudged = new ArrayList<>();
        List<String> dane = new ArrayList<>();
        for (MxHostDns host : facts.dns().hosts()) {
            Optional<MxPattern> pattern = policy.patternFor(host.hostName());
            if (pattern.isEmpty()) {
                failures.add(Reason.of(policy.mode() == StsMode.ENFORCE ? "MtaStsPolicy.noPatternEnforce"
                        : "MtaStsPolicy.noPatternReport", host.hostName(), policy.mx().stream().map(MxPattern::pattern)
                        .collect(Collectors.joining(", ")), policy.mode().keyword()));
            }
            if (host.tlsa().isSecure() && !host.tlsaRecords().isEmpty()) {
                dane.add(host.hostName());
            }
            Optional<MxCertificate> certificate = facts.mxCertificates().stream()
                    .filter(c -> c.host().equalsIgnoreCase(host.hostName())).findFirst();
            if (certificate.isEmpty() || !certificate.get().reached()) {
                unjudged.add(Reason.of("MtaStsPolicy.unjudged", host.hostName(), certificate.flatMap(MxCertificate::said)
                        .<Reason>map(p -> Reason.of("MtaStsPolicy.why", p)).orElse(Reason.of("MtaStsPolicy.notProbed"))));
            } else if (certificate.get().certificate().isEmpty()) {
                failures.add(Reason.of("MtaStsPolicy.noCertificate", host.hostName(), certificate.get().said()
                        .orElse(Reason.of("MtaStsPolicy.noTls"))));
            } else if (!certificate.get().validForHost()) {
                var c = certificate.get().certificate().get();
                failures.add(Reason.of("MtaStsPolicy.certificateNotValid", host.hostName(), c.pkix().valid()
                        ? Reason.of("MtaStsPolicy.pkixValid") : Reason.of("MtaStsPolicy.pkixInvalid", c.pkix().described()),
                        c.nameMatch().readable()));
            }
        }
        Reason daneNote = dane.isEmpty() ? Reason.NONE : Reason.of("MtaStsPolicy.daneNote", String.join(", ", dane));
        if (!failures.isEmpty()) {
            return Verdict.failed(ID, Reason.join("", List.of(Reason.join("; ", failures), daneNote)));
        }
        if (!unjudged.isEmpty()) {
            return Verdict.broken(ID, Reason.of("MtaStsPolicy.broken.3", Reason.join(", ", unjudged)));
        }
        return Verdict.passed(ID, Reason.of("MtaStsPolicy.passed.2", policy.mode().keyword(), policy.maxAge(),
                facts.dns().hosts().stream().map(h -> h.hostName() + " ~ " + policy.patternFor(h.hostName())
                        .map(MxPattern::pattern).orElse("?")).collect(Collectors.joining(", ")), daneNote, notes));
    }
}
