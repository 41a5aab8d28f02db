package org.mtainterop.policy.checks.dane;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mtainterop.dane.DaneChainFacts;
import org.mtainterop.dane.MxDaneChains;
import org.mtainterop.dane.PresentedChain;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * DANE-02: on every MX host with a secure TLSA RRset, a usable record authenticates the chain presented on every
 * address (IPv4 and IPv6) and for every key type the server has (ECDSA and RSA), by the rules of RFC 7672 §3.1
 * (a sender meets any of them, and defers mail where none matches, §2.2). The verdict reports TLSA rollover
 * readiness as a fact (RFC 7671 §8.1): it does not judge it.
 */
public final class TlsaMatchesEveryChainCheck extends DaneChainsCheck {
    public static final String ID = "DANE-02";

    public TlsaMatchesEveryChainCheck() {
        super(ID);
    }

    @Override
    public Verdict judge(DaneChainFacts facts) {
        List<MxDaneChains> hosts = facts.daneHosts();
        if (hosts.isEmpty()) {
            return Verdict.skipped(ID, Reason.of("TlsaMatchesEveryChain.skipped.1", facts.domain()));
        }
        List<String> unreachable = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        for (MxDaneChains host : hosts) {
            List<PresentedChain> presented = host.presented();
            host.chains().stream().filter(c -> !c.reachable()).forEach(c -> unreachable.add(c.where() + ": " + c.problem()));
            if (presented.isEmpty() && host.chains().stream().anyMatch(PresentedChain::reachable)) {
                unmatched.add(host.host() + ": no chain presented on any address (" + host.chains().stream()
                        .map(PresentedChain::problem).distinct().collect(Collectors.joining("; ")) + ")");
            }
            for (PresentedChain chain : presented) {
                var auth = chain.authentication().orElseThrow();
                (auth.authenticated() ? matched : unmatched).add(chain.where() + ": " + auth.summary());
            }
            matched.add(host.host() + " " + host.rollover().readable());
        }
        if (!unmatched.isEmpty()) {
            return Verdict.failed(ID, Reason.of("TlsaMatchesEveryChain.failed.1", String.join(" | ", unmatched)));
        }
        if (!unreachable.isEmpty()) {
            return Verdict.broken(ID, Reason.of("TlsaMatchesEveryChain.broken.1", String.join(" | ", unreachable)));
        }
        return Verdict.passed(ID, Reason.of("TlsaMatchesEveryChain.passed.1", String.join(" | ", matched)));
    }
}
