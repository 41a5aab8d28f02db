package org.mtainterop.policy.checks.dane;

import java.util.ArrayList;
import java.util.List;
import org.mtainterop.dane.DaneChainFacts;
import org.mtainterop.dane.MxDaneChains;
import org.mtainterop.dane.PresentedChain;
import org.mtainterop.dane.TlsaRecordComparison;
import org.mtainterop.dane.TlsaUsage;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * DANE-04: where the TLSA RRset holds DANE-TA(2) records, the trust-anchor certificate they name is in the chain
 * the server sends (RFC 7672 §3.1.2: "servers MUST include the trust-anchor certificate in the chain"; only a 2 1 0
 * record lets a client do without it, RFC 7671 §5.2.2, and few do).
 */
public final class DaneTaAnchorSentCheck extends DaneChainsCheck {
    public static final String ID = "DANE-04";

    public DaneTaAnchorSentCheck() {
        super(ID);
    }

    @Override
    public Verdict judge(DaneChainFacts facts) {
        List<MxDaneChains> withTa = facts.daneHosts().stream().filter(h -> h.tlsa().stream()
                .anyMatch(r -> r.usage() == TlsaUsage.DANE_TA.code())).toList();
        if (withTa.isEmpty()) {
            return Verdict.skipped(ID, Reason.of("DaneTaAnchorSent.skipped.1", facts.domain()));
        }
        List<String> missing = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        int presented = 0;
        for (MxDaneChains host : withTa) {
            for (PresentedChain chain : host.presented()) {
                presented++;
                List<TlsaRecordComparison> ta = chain.authentication().orElseThrow().records().stream()
                        .filter(r -> r.record().usage() == TlsaUsage.DANE_TA.code()).toList();
                var inChain = ta.stream().filter(r -> r.matchingDepths().stream().anyMatch(d -> d >= 1)).findFirst();
                if (inChain.isPresent()) {
                    sent.add(chain.where() + ": " + inChain.get().record() + " matches depth "
                            + inChain.get().matchingDepths().stream().filter(d -> d >= 1).findFirst().orElseThrow());
                } else {
                    missing.add(chain.where() + ": no DANE-TA(2) record matches a certificate sent above the leaf ("
                            + ta.stream().map(TlsaRecordComparison::readable).reduce((a, b) -> a + "; " + b).orElse("")
                            + ")");
                }
            }
        }
        if (presented == 0) {
            return Verdict.broken(ID, Reason.of("DaneTaAnchorSent.broken.1"));
        }
        if (!missing.isEmpty()) {
            return Verdict.failed(ID, Reason.of("DaneTaAnchorSent.failed.1", String.join(" | ", missing)));
        }
        return Verdict.passed(ID, Reason.of("DaneTaAnchorSent.passed.1", String.join(" | ", sent)));
    }
}
