package org.mtainterop.path;

import org.mtainterop.net.Said;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/** What the submission and IMAP sessions of a path run share in how they word what stopped them. */
final class PathSession {
    private PathSession() {
    }

    /**
     * Why {@code e} stopped a session, as {@code shown} words it in English: the harness's own exceptions say it as
     * data ({@link Said}, in the report's language) when their English is {@code shown} exactly; anything else is
     * the lower layer's text, a fact.
     */
    static Reason said(Exception e, String shown) {
        return e instanceof Said s && s.said().render(ReportLanguage.EN).equals(shown) ? s.said() : Reason.fact(shown);
    }
}
