package org.mtainterop.interop;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every ordered pair of one interop run, and how long the whole run took (containers included). */
public record InteropMatrixResult(List<String> senders, List<String> receivers, List<InteropResult> results,
                                  Duration wallTime) {

    public InteropMatrixResult {
        senders = List.copyOf(senders);
        receivers = List.copyOf(receivers);
        results = List.copyOf(results);
    }

    public Optional<InteropResult> cell(String sender, String receiver) {
        return results.stream().filter(r -> r.sender().equals(sender) && r.receiver().equals(receiver)).findFirst();
    }

    /** The pairs that do not meet INTEROP-01. */
    public List<InteropResult> failures() {
        return results.stream().filter(r -> !r.meetsInterop01()).toList();
    }
}
