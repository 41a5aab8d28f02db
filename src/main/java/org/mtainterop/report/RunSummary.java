package org.mtainterop.report;

import java.time.Instant;
import java.util.List;

/** Everything a run found, in the shape of the JSON summary (see src/main/resources/schema/summary.schema.json). */
public record RunSummary(String harnessVersion, Instant startedAt, String profile, List<TargetReport> targets) {
    public RunSummary {
        targets = List.copyOf(targets);
    }
}
