package org.mtainterop.smtp;

import org.mtainterop.net.Printable;

/** The peer broke the protocol: a malformed, oversized or inconsistent reply. Carries the offending bytes. */
public final class SmtpProtocolException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String offendingLine;

    public SmtpProtocolException(String problem, String offendingLine) {
        super(problem + (offendingLine == null ? "" : ": '" + Printable.excerpt(offendingLine, 120) + "'"));
        this.offendingLine = offendingLine == null ? "" : offendingLine;
    }

    public String offendingLine() {
        return offendingLine;
    }
}
