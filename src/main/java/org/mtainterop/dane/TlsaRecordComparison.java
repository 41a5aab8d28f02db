package org.mtainterop.dane;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one TLSA record compared with the chain a server presented: a fact, not a verdict.
 *
 * @param record            the record as published
 * @param unusable          why an SMTP client ignores it (PKIX usages, unknown parameters), or empty when usable
 * @param matchingDepths    the depths (0 = leaf) of the certificates whose selected data equals the record's
 * @param anchorKeyFromDns  a DANE-TA(2) SPKI(1) Full(0) record whose key verified the top of the chain although
 *                          no certificate sent carries it (RFC 7671 §5.2.2): the anchor was not sent
 * @param authenticates     whether this record authenticates the chain (RFC 7672 §3.1 rules for its usage)
 * @param explanation       one sentence: what matched where, and why that does or does not authenticate
 */
public record TlsaRecordComparison(TlsaAssociation record, Optional<String> unusable, List<Integer> matchingDepths,
                                   boolean anchorKeyFromDns, boolean authenticates, String explanation) {

    public TlsaRecordComparison {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(unusable, "unusable");
        matchingDepths = List.copyOf(matchingDepths);
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean usable() {
        return unusable.isEmpty();
    }

    /** Whether any certificate of the chain (or, for 2 1 0, the key that signed its top) matches the record. */
    public boolean matchesSomething() {
        return !matchingDepths.isEmpty() || anchorKeyFromDns;
    }

    /** DANE-04: a DANE-TA(2) record that authenticates with its anchor certificate among those sent. */
    public boolean anchorSent() {
        return record.usage() == TlsaUsage.DANE_TA.code() && authenticates && !anchorKeyFromDns;
    }

    /** One line for evidence: "3 1 1 ab12… DANE-EE(3) SPKI(1) SHA2-256(1): matches …". */
    public String readable() {
        return record + " " + record.parameters() + ": " + explanation;
    }
}
