package org.mtainterop.survey;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mtainterop.clients.AccessProtocolKind;

/** Every cell of one client survey, in the order clients × protocols × cases, and how long the survey took. */
public record SurveyResult(List<SurveyCell> cells, Duration wallTime) {
    public SurveyResult {
        cells = List.copyOf(cells);
    }

    public Optional<SurveyCell> cell(String client, AccessProtocolKind protocol, SurveyCase surveyCase) {
        return cells.stream().filter(c -> c.client().equals(client) && c.protocol() == protocol
                && c.surveyCase() == surveyCase).findFirst();
    }

    /** The rows of the survey table: "client · protocol" pairs that ran at least one cell, in run order. */
    public List<String> rows() {
        return cells.stream().map(c -> c.client() + " · " + c.protocol().label()).distinct().toList();
    }
}
