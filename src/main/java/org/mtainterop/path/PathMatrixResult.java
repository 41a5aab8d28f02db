package org.mtainterop.path;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every ordered pair of one path run (rows send, columns receive) and how long the run took. */
public record PathMatrixResult(List<String> operators, List<PathResult> results, Duration wallTime) {

    public PathMatrixResult {
        operators = List.copyOf(operators);
        results = List.copyOf(results);
    }

    public Optional<PathResult> cell(String sender, String receiver) {
        return results.stream().filter(r -> r.sender().equals(sender) && r.receiver().equals(receiver)).findFirst();
    }
}
