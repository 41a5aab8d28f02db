package org.mtainterop.dane;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of authenticating one presented chain with a TLSA RRset (RFC 7672 §3, RFC 7671 §5): which record
 * matched what at which depth, or why none did. A fact for checks to judge and evidence to show; the
 * comparison is per record, so a report can say "3 1 1 matches the leaf, 2 1 1 matches nothing sent".
 *
 * @param chain    what was compared: each certificate sent, with its selector digests
 * @param records  each record of the RRset, compared with the chain, in the order published
 */
public record DaneAuthentication(Outcome outcome, List<TlsaChainEntry> chain, List<TlsaRecordComparison> records,
                                 List<String> referenceNames) {

    /** The four ways authentication can end. */
    public enum Outcome {
        /** A usable record authenticates the chain. */
        AUTHENTICATED,
        /** There are usable records, and none authenticates the chain: a DANE client must not deliver (RFC 7672 §2.2). */
        NOT_AUTHENTICATED,
        /** The RRset has no usable record: the client falls back to mandatory unauthenticated TLS (RFC 7672 §2.2). */
        NO_USABLE_RECORDS,
        /** No certificate was presented: nothing to compare. */
        NO_CHAIN
    }

    public DaneAuthentication {
        Objects.requireNonNull(outcome, "outcome");
        chain = List.copyOf(chain);
        records = List.copyOf(records);
        referenceNames = List.copyOf(referenceNames);
    }

    public boolean authenticated() {
        return outcome == Outcome.AUTHENTICATED;
    }

    /** The first record that authenticates the chain. */
    public Optional<TlsaRecordComparison> authenticatedBy() {
        return records.stream().filter(TlsaRecordComparison::authenticates).findFirst();
    }

    public List<TlsaRecordComparison> usableRecords() {
        return records.stream().filter(TlsaRecordComparison::usable).toList();
    }

    /** One sentence for a verdict. */
    public String summary() {
        return switch (outcome) {
            case AUTHENTICATED -> "authenticated by " + authenticatedBy().map(TlsaRecordComparison::readable).orElse("?");
            case NOT_AUTHENTICATED -> "no usable TLSA record authenticates the chain: " + records.stream()
                    .filter(TlsaRecordComparison::usable).map(TlsaRecordComparison::readable)
                    .collect(Collectors.joining("; "));
            case NO_USABLE_RECORDS -> "no usable TLSA record (" + records.size() + " published: " + records.stream()
                    .map(r -> r.record() + " " + r.unusable().orElse("")).collect(Collectors.joining("; ")) + ")";
            case NO_CHAIN -> "no certificate presented";
        };
    }

    /** The TLSA-vs-chain comparison as text, for Allure evidence. */
    public String comparison() {
        StringBuilder text = new StringBuilder("Chain presented (depth: subject, issuer; selector digests):\n");
        chain.forEach(entry -> text.append("  ").append(entry.readable()).append('\n'));
        text.append("TLSA records (reference names ").append(String.join(", ", referenceNames)).append("):\n");
        records.forEach(record -> text.append("  ").append(record.authenticates() ? "✔ " : "✘ ")
                .append(record.readable()).append('\n'));
        text.append("Outcome: ").append(outcome).append(" — ").append(summary()).append('\n');
        return text.toString();
    }
}
