package org.mtainterop.mtasts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * The TXT records at one name, selected the way a sender selects them (RFC 8461 §3.1, RFC 8460 §3): records
 * that do not begin with the version are discarded; exactly one must remain, and it must parse. Each record's
 * character-strings are joined without separator before this (RFC 7208 §3.3 practice, which both RFCs follow).
 *
 * @param all       every TXT record found, joined
 * @param discarded those not beginning with the version (other uses of the name)
 * @param candidates those beginning with it, each parsed
 * @param selected  the one a sender uses, when there is exactly one candidate and it is valid
 * @param said      why none is selected, as a message key and its facts ({@link #problem()} its English words)
 */
public record TxtSelection<T>(List<String> all, List<String> discarded, List<Parsed<T>> candidates,
                              Optional<T> selected, Optional<Reason> said) {

    public TxtSelection {
        all = List.copyOf(all);
        discarded = List.copyOf(discarded);
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(selected, "selected");
        Objects.requireNonNull(said, "said");
    }

    public static TxtSelection<StsRecord> mtaSts(List<String> txt) {
        return select(txt, StsRecord::isCandidate, StsRecord::parse, StsRecord.VERSION, StsRecord.SECTION);
    }

    public static TxtSelection<TlsRptRecord> tlsRpt(List<String> txt) {
        return select(txt, TlsRptRecord::isCandidate, TlsRptRecord::parse, TlsRptRecord.VERSION,
                TlsRptRecord.SECTION);
    }

    static <T> TxtSelection<T> select(List<String> txt, Predicate<String> candidate, Function<String, Parsed<T>> parse,
                                      String version, String section) {
        List<String> discarded = new ArrayList<>();
        List<Parsed<T>> candidates = new ArrayList<>();
        for (String text : txt) {
            if (candidate.test(text)) {
                candidates.add(parse.apply(text));
            } else {
                discarded.add(text);
            }
        }
        Optional<Reason> problem = Optional.empty();
        Optional<T> selected = Optional.empty();
        if (candidates.isEmpty()) {
            problem = Optional.of(txt.isEmpty() ? Reason.of("TxtSelection.none")
                    : Reason.of(txt.size() == 1 ? "TxtSelection.noCandidate.1" : "TxtSelection.noCandidate", version, txt.size()));
        } else if (candidates.size() > 1) {
            problem = Optional.of(Reason.of("TxtSelection.several", candidates.size(), version, section));
        } else if (!candidates.get(0).valid()) {
            problem = Optional.of(Reason.of("TxtSelection.invalid", candidates.get(0).describedErrors()));
        } else {
            selected = candidates.get(0).value();
        }
        return new TxtSelection<>(txt, discarded, candidates, selected, problem);
    }

    /** Why none is selected, in English (as the evidence and the parsers' tests read it). */
    public Optional<String> problem() {
        return said.map(r -> r.render(ReportLanguage.EN));
    }

    /** True when no record begins with the version: the domain does not publish this at all. */
    public boolean absent() {
        return candidates.isEmpty();
    }
}
