package org.mtainterop.mtasts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mtainterop.policy.Reason;

/**
 * What a strict parser made of one artefact: the value when it is valid enough for a sender to use, and every
 * problem found (errors and notes). A value is present only when there is no error.
 */
public record Parsed<T>(Optional<T> value, List<SyntaxProblem> problems) {
    public Parsed {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        if (value.isPresent() && problems.stream().anyMatch(SyntaxProblem::isError)) {
            throw new IllegalArgumentException("a value with errors: " + problems);
        }
    }

    static <T> Parsed<T> of(T value, List<SyntaxProblem> problems) {
        boolean errors = problems.stream().anyMatch(SyntaxProblem::isError);
        return new Parsed<>(errors ? Optional.empty() : Optional.of(value), problems);
    }

    static <T> Parsed<T> invalid(List<SyntaxProblem> problems) {
        return new Parsed<>(Optional.empty(), problems);
    }

    public boolean valid() {
        return value.isPresent();
    }

    public List<SyntaxProblem> errors() {
        return problems.stream().filter(SyntaxProblem::isError).toList();
    }

    public List<SyntaxProblem> notes() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** Every error, one per line-ish, for a verdict: {@code id '': missing (RFC 8461 §3.1); ...}. */
    public String describeErrors() {
        return errors().stream().map(SyntaxProblem::describe).collect(Collectors.joining("; "));
    }

    /** {@link #describeErrors()} as data, for a verdict in the report's language. */
    public Reason describedErrors() {
        return Reason.join("; ", errors().stream().map(SyntaxProblem::described).toList());
    }
}
