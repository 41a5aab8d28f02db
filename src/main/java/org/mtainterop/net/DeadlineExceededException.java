package org.mtainterop.net;

import java.io.InterruptedIOException;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/** The overall deadline of a session passed, however lively the peer was (drip-feed defence). */
public final class DeadlineExceededException extends InterruptedIOException implements Said {
    private static final long serialVersionUID = 1L;
    private final transient Reason said;

    public DeadlineExceededException(String message) {
        this(Reason.fact(message));
    }

    public DeadlineExceededException(Reason said) {
        super(said.render(ReportLanguage.EN));
        this.said = said;
    }

    @Override
    public Reason said() {
        return said;
    }
}
