package org.mtainterop.report;

import java.util.List;

/** The results of one target, one entry per requirement. */
public record TargetReport(String name, String host, int port, String mxName, List<RequirementResult> results) {
    public TargetReport {
        results = List.copyOf(results);
    }
}
