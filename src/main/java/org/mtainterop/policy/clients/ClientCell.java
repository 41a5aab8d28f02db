package org.mtainterop.policy.clients;

import java.util.Objects;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/** One survey cell: the verdict in a word, and the observation behind it (a message key and its facts). */
public record ClientCell(ClientCellVerdict verdict, Reason said) {
    public ClientCell {
        Objects.requireNonNull(verdict, "verdict");
        said = said == null ? Reason.NONE : said;
    }

    /** A cell for a program that does not speak the protocol, or a profile skipped on purpose. */
    public static ClientCell notApplicable(Reason reason) {
        return new ClientCell(ClientCellVerdict.NOT_APPLICABLE, reason);
    }

    /** The observation in English, as the survey's tables show it. */
    public String reason() {
        return said.render(ReportLanguage.EN);
    }

    /** "label: reason", for tables with room. */
    public String render() {
        String reason = reason();
        return verdict.label() + (reason.isEmpty() ? "" : ": " + reason);
    }
}
