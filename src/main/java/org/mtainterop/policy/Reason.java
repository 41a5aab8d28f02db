package org.mtainterop.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mtainterop.report.ReportLanguage;

/**
 * What a verdict says was observed (house rule 10), as data: a message key of
 * {@code messages/verdicts_en.properties} / {@code verdicts_fr.properties} and its arguments, rendered in the report's
 * language only when a report is written ({@link VerdictTexts}). Checks judge facts and name what they saw; the words
 * around it belong to the report. Immutable: the arguments are snapshots taken when the verdict is made.
 */
public sealed interface Reason permits Reason.Keyed, Reason.Fact, Reason.Joined, Reason.Worded {
    /** Nothing: an optional part of a verdict that does not apply. */
    Reason NONE = new Fact("");

    /**
     * The message {@code key} with {@code args}, in order ({@code {0}}, {@code {1}}, … in the pattern): a
     * {@link Reason} is rendered in the same language, a number as digits (no grouping: "2048 bits"), anything else as
     * its text at this moment (a reply, a suite name, a host: facts, shown as measured).
     */
    static Reason of(String key, Object... args) {
        List<Object> snapshot = new ArrayList<>(args.length);
        for (Object a : args) {
            snapshot.add(a instanceof Reason || a instanceof Integer || a instanceof Long ? a : String.valueOf(a));
        }
        return new Keyed(key, snapshot);
    }

    /**
     * A text shown as it was measured, in every language: what a peer or a lower layer said (a server reply, a
     * PKIX reason), never words of the harness's own.
     */
    static Reason fact(String text) {
        return new Fact(text);
    }

    /**
     * Words the code holds in both languages because a feature's two editions say them (a survey case as its
     * examples rows word it): {@code english}, or {@code french} in a French report.
     */
    static Reason worded(String english, String french) {
        return new Worded(english, french);
    }

    /**
     * {@code parts} rendered one after the other, {@code separator} between them (punctuation: "; ", ", "); "; " is
     * written as each language writes it (« ; » with a space before it in French).
     */
    static Reason join(String separator, List<? extends Reason> parts) {
        return new Joined(separator.equals("; ") ? of("words.semicolon") : new Fact(separator), List.copyOf(parts));
    }

    /**
     * Items joined with "and" in the report's language: "TLS 1.0 and TLS 1.1", « TLS 1.0 et TLS 1.1 »; a
     * {@link Reason} item is rendered in the same language, any other is a fact.
     */
    static Reason and(List<?> items) {
        return new Joined(of("words.and"), items.stream().map(i -> i instanceof Reason r ? r : fact(String.valueOf(i))).toList());
    }

    /** This reason in {@code language}. */
    default String render(ReportLanguage language) {
        return VerdictTexts.of(language).render(this);
    }

    /** A message key and its arguments: String, Integer, Long or Reason. */
    record Keyed(String key, List<Object> args) implements Reason {
        public Keyed {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
            for (Object a : args) {
                if (!(a instanceof String || a instanceof Integer || a instanceof Long || a instanceof Reason)) {
                    throw new IllegalArgumentException("argument of " + key + " is a " + a.getClass().getName());
                }
            }
        }
    }

    /** Text as measured. */
    record Fact(String text) implements Reason {
        public Fact {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The same words in English and in French. */
    record Worded(String english, String french) implements Reason {
        public Worded {
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(french, "french");
        }
    }

    /** Parts with a separator (punctuation as a fact, or a word as a message). */
    record Joined(Reason separator, List<Reason> parts) implements Reason {
        public Joined {
            Objects.requireNonNull(separator, "separator");
            parts = List.copyOf(parts);
        }
    }
}
