package org.mtainterop.net;

import java.io.IOException;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * No connection was made: the target was given up before it ({@link TargetHealth}: an earlier session showed it
 * broken, or the target's deadline passed). The message is the whole reason, as verdicts show it.
 */
public final class TargetGivenUpException extends IOException implements Said {
    private static final long serialVersionUID = 1L;
    private final transient Reason said;

    public TargetGivenUpException(String reason) {
        this(Reason.fact(reason));
    }

    public TargetGivenUpException(Reason said) {
        super(said.render(ReportLanguage.EN));
        this.said = said;
    }

    @Override
    public Reason said() {
        return said;
    }
}
