package org.mtainterop.net;

import java.io.IOException;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * An I/O failure the harness says as data: its {@link Reason} (a message key and the facts), rendered in the
 * report's language where a verdict quotes it; its message is the English words, for logs and the tests that read
 * them. The harness's own failures that are plain {@link IOException}s extend it.
 */
public class SaidIOException extends IOException implements Said {
    private static final long serialVersionUID = 1L;
    private final transient Reason said;

    public SaidIOException(Reason said) {
        super(said.render(ReportLanguage.EN));
        this.said = said;
    }

    @Override
    public final Reason said() {
        return said;
    }
}
