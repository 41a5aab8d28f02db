package org.mtainterop.dane;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mtainterop.dns.DnssecStatus;

/**
 * One MX host's TLSA RRset (as DNS served it, with its DNSSEC status) and every chain its addresses presented,
 * each compared with the RRset.
 *
 * @param tlsaStatus the DNSSEC status of the TLSA answer; only a SECURE RRset applies (RFC 7672 §2.2)
 */
public record MxDaneChains(String host, DnssecStatus tlsaStatus, List<TlsaAssociation> tlsa,
                           List<PresentedChain> chains) {

    public MxDaneChains {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tlsaStatus, "tlsaStatus");
        tlsa = List.copyOf(tlsa);
        chains = List.copyOf(chains);
    }

    /** Whether DANE applies to this host: a secure TLSA RRset with at least one record. */
    public boolean daneApplies() {
        return tlsaStatus == DnssecStatus.SECURE && !tlsa.isEmpty();
    }

    public List<PresentedChain> presented() {
        return chains.stream().filter(PresentedChain::presented).toList();
    }

    /**
     * TLSA rollover readiness (RFC 7671 §8.1, RFC 7672 §3.1 "current + next"), as a fact: the usable records that
     * authenticate a chain seen, and the usable records that match nothing presented (a next key published ahead).
     * Ready when a second record would still authenticate every chain, or a usable record waits for a key not yet
     * in use; never guessed from the number of records.
     */
    public Rollover rollover() {
        Set<TlsaAssociation> authenticating = new LinkedHashSet<>();
        Set<TlsaAssociation> matchingNothing = new LinkedHashSet<>(tlsa.stream()
                .filter(r -> r.unusableForSmtp().isEmpty()).toList());
        boolean everyChainHasTwo = !presented().isEmpty();
        for (PresentedChain chain : presented()) {
            DaneAuthentication auth = chain.authentication().orElseThrow();
            List<TlsaAssociation> here = auth.records().stream().filter(TlsaRecordComparison::authenticates)
                    .map(TlsaRecordComparison::record).toList();
            authenticating.addAll(here);
            everyChainHasTwo &= here.size() >= 2;
            auth.records().stream().filter(TlsaRecordComparison::matchesSomething)
                    .forEach(r -> matchingNothing.remove(r.record()));
        }
        return new Rollover(everyChainHasTwo, List.copyOf(authenticating), List.copyOf(matchingNothing));
    }

    /**
     * @param redundant       every chain is authenticated by at least two records (e.g. 3 1 1 and 2 1 1)
     * @param authenticating  the records that authenticate some chain presented
     * @param awaitingKey     usable records matching no certificate presented: a next key, or a stale record
     */
    public record Rollover(boolean redundant, List<TlsaAssociation> authenticating, List<TlsaAssociation> awaitingKey) {
        public boolean ready() {
            return redundant || (!authenticating.isEmpty() && !awaitingKey.isEmpty());
        }

        public String readable() {
            String ready = ready() ? "rollover-ready" : "not rollover-ready";
            return ready + ": " + authenticating.size() + " record(s) authenticate the chains seen"
                    + (redundant ? " (every chain by two or more)" : "") + "; " + awaitingKey.size()
                    + " usable record(s) match no key in use" + (awaitingKey.isEmpty() ? ""
                    : " (" + awaitingKey.stream().map(TlsaAssociation::toString).collect(Collectors.joining(", ")) + ")");
        }
    }
}
