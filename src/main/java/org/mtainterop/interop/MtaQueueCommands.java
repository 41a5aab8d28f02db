package org.mtainterop.interop;

import java.util.List;
import org.mtainterop.target.container.ReferenceMta;

/**
 * How each reference MTA takes a message from the command line and is made to try its queue now (the same
 * commands as the outbound golden run, containers/README.md): sendmail on stdin, then postqueue -f,
 * exim4 -qff (after sendmail -odq) or smtpctl schedule all; and how its queue is listed.
 */
enum MtaQueueCommands {
    POSTFIX("", "postqueue -f", "postqueue -p"),
    EXIM("-odq", "exim4 -qff", "exim4 -bp"),
    OPENSMTPD("", "smtpctl schedule all", "smtpctl show queue");

    private final String sendmailOption;
    private final String flush;
    private final String list;

    MtaQueueCommands(String sendmailOption, String flush, String list) {
        this.sendmailOption = sendmailOption;
        this.flush = flush;
        this.list = list;
    }

    static MtaQueueCommands of(ReferenceMta mta) {
        return valueOf(mta.name());
    }

    /** sh -c script: the message is $1, envelope sender $2, recipient $3. */
    List<String> inject(String message, String from, String to) {
        return List.of("sh", "-c", "printf '%s' \"$1\" | /usr/sbin/sendmail " + sendmailOption + " -f \"$2\" \"$3\"",
                "sh", message, from, to);
    }

    List<String> flush() {
        return List.of("sh", "-c", flush + " >/dev/null 2>&1; true");
    }

    List<String> listQueue() {
        return List.of("sh", "-c", list + " 2>&1; true");
    }
}
