package org.mtainterop.net;

import java.net.SocketTimeoutException;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/** No reply, or none complete, within the read timeout: said as data. */
public final class ReadTimedOutException extends SocketTimeoutException implements Said {
    private static final long serialVersionUID = 1L;
    private final transient Reason said;

    public ReadTimedOutException(Reason said) {
        super(said.render(ReportLanguage.EN));
        this.said = said;
    }

    @Override
    public Reason said() {
        return said;
    }
}
