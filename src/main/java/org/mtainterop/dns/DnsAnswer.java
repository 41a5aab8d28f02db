package org.mtainterop.dns;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * The answer to one DNS question, with its DNSSEC status: an immutable fact.
 *
 * @param name    the name asked for, absolute (with the trailing dot)
 * @param type    the record type asked for ({@link Type})
 * @param rcode   the DNS response code ({@link Rcode}); {@code -1} when there was no usable reply ({@link DnssecStatus#NO_ANSWER})
 * @param status  the DNSSEC outcome; for an empty answer it says whether the denial was secure or insecure
 * @param records the answer RRset of {@code type} for {@code name} (CNAME chain followed), RRSIGs left out
 * @param said    the validator's reason for BOGUS (its words, a fact), or why NO_ANSWER / SERVFAIL; empty otherwise
 *                ({@link #reason()} in English)
 * @param mode    who decided {@code status}
 * @param elapsed how long the lookup took (all queries, validation included)
 */
public record DnsAnswer(String name, int type, int rcode, DnssecStatus status, List<Record> records,
                        Optional<Reason> said, ValidationMode mode, Duration elapsed) {

    /** The rcode of an answer that never arrived. */
    public static final int NO_RCODE = -1;

    public DnsAnswer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(elapsed, "elapsed");
        records = records.stream().filter(r -> r.getType() != Type.RRSIG).toList();
    }

    /** An answer that never arrived (timeout, unreachable, malformed or truncated reply) and why. */
    public static DnsAnswer noAnswer(String name, int type, String reason, ValidationMode mode, Duration elapsed) {
        return noAnswer(name, type, Reason.fact(reason), mode, elapsed);
    }

    /** As {@link #noAnswer(String, int, String, ValidationMode, Duration)}, why said by a key. */
    public static DnsAnswer noAnswer(String name, int type, Reason said, ValidationMode mode, Duration elapsed) {
        return new DnsAnswer(name, type, NO_RCODE, DnssecStatus.NO_ANSWER, List.of(), Optional.of(said), mode, elapsed);
    }

    /** {@link #said()} in English, as the evidence shows it. */
    public Optional<String> reason() {
        return said.map(r -> r.render(ReportLanguage.EN));
    }

    /** Whether the answer (its records, or their proven absence) validated. */
    public boolean isSecure() {
        return status == DnssecStatus.SECURE;
    }

    /** Whether the answer holds at least one record of the type asked for. */
    public boolean exists() {
        return !records.isEmpty();
    }

    /** The records of one class ({@code TLSARecord.class}, {@code MXRecord.class}, …), in answer order. */
    public <T extends Record> List<T> recordsOf(Class<T> kind) {
        return records.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The record type as text ("TLSA"). */
    public String typeName() {
        return Type.string(type);
    }

    /** The rcode as text ("NOERROR", "NXDOMAIN", "SERVFAIL"), or "none" without a reply. */
    public String rcodeName() {
        return rcode == NO_RCODE ? "none" : Rcode.string(rcode);
    }

    /** The answer as text for reports (Allure evidence, console): question, status, rcode, mode, records, reason. */
    public String evidence() {
        StringBuilder text = new StringBuilder();
        text.append(name).append(' ').append(typeName()).append(": ").append(status.label())
                .append(" (rcode ").append(rcodeName()).append(", ").append(mode.describe()).append(", ")
                .append(elapsed.toMillis()).append(" ms)\n");
        if (records.isEmpty() && status.isDetermined()) {
            text.append("  (no ").append(typeName()).append(" records")
                    .append(rcode == Rcode.NXDOMAIN ? ": the name does not exist" : "").append(")\n");
        }
        for (Record record : records) {
            text.append("  ").append(record).append('\n');
        }
        reason().ifPresent(r -> text.append("  reason: ").append(r).append('\n'));
        return text.toString();
    }
}
