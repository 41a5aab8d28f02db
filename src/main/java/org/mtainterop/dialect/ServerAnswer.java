package org.mtainterop.dialect;

/**
 * One server response as its protocol has it ({@code R}: an SMTP reply, an IMAP or POP3 response) beside the
 * harness's protocol-neutral reading of it: port 25's facts keep the reply, the access facts the reading.
 */
public record ServerAnswer<R>(R response, AccessAnswer answer) {

    public static <R> ServerAnswer<R> of(R response, boolean accepted, String brief) {
        return new ServerAnswer<>(response, new AccessAnswer(accepted, brief));
    }

    public boolean accepted() {
        return answer.accepted();
    }
}
