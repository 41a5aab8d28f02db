package org.mtainterop.dialect;

/**
 * The answer to the capability command (EHLO, CAPABILITY, CAPA) as its protocol has it ({@code R}: for IMAP
 * the tagged completion) beside what the harness reads in it.
 */
public record ServerCapabilities<R>(R response, AccessCapabilities capabilities) {
}
