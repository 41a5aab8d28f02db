package org.mtainterop.net;

/** The peer broke its protocol: a malformed, oversized or inconsistent response. Carries the offending bytes. */
public final class ProtocolViolation extends Exception {
    private static final long serialVersionUID = 1L;
    private final String offendingLine;

    public ProtocolViolation(String problem, String offendingLine) {
        super(problem + (offendingLine == null || offendingLine.isEmpty() ? ""
                : ": '" + Printable.excerpt(offendingLine, 120) + "'"));
        this.offendingLine = offendingLine == null ? "" : offendingLine;
    }

    public String offendingLine() {
        return offendingLine;
    }
}
