package org.mtainterop.access;

/** A server's answer to one command, protocol-neutral: accepted or not, and the answer as one line. */
public record AccessAnswer(boolean accepted, String brief) {
}
