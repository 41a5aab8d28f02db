package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.STARTTLS_WITH_ARGUMENT;

import java.util.Set;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.StarttlsArgumentFacts;
import org.mtainterop.smtp.SmtpReply;

/**
 * STARTTLS-02: {@code STARTTLS} with an argument is refused with 501. RFC 3207 §4 defines the command without
 * parameters and lists the reply {@code 501 Syntax error (no parameters allowed)}; a server that starts TLS on
 * {@code STARTTLS foo}, or answers otherwise, parses its commands loosely.
 */
public final class StarttlsArgumentRefusedCheck implements InboundCheck {
    public static final String ID = "STARTTLS-02";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(STARTTLS_WITH_ARGUMENT);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        StarttlsArgumentFacts s = facts.get(STARTTLS_WITH_ARGUMENT);
        String sent = "STARTTLS " + s.argument();
        if (s.reply().isEmpty()) {
            if (!s.starttlsOffered() && s.problem().isEmpty()) {
                return Verdict.skipped(ID, Reason.of("StarttlsArgumentRefused.skipped.1"));
            }
            ConnectionProblem p = s.problem().orElse(new ConnectionProblem(ConnectionProblem.Kind.HARNESS,
                    "no reply and no problem recorded"));
            if (s.starttlsOffered() && (p.kind() == ConnectionProblem.Kind.CLOSED
                    || p.kind() == ConnectionProblem.Kind.TIMEOUT)) {
                return Verdict.failed(ID, Reason.of("StarttlsArgumentRefused.failed.1", sent, p.said()));
            }
            return Verdict.broken(ID, p.said());
        }
        SmtpReply reply = s.reply().get();
        if (reply.code() == 501) {
            return Verdict.passed(ID, Reason.of("StarttlsArgumentRefused.passed.1", sent, reply.brief()));
        }
        if (reply.code() == 220) {
            return Verdict.failed(ID, Reason.of("StarttlsArgumentRefused.failed.2", sent, reply.brief()));
        }
        return Verdict.failed(ID, Reason.of("StarttlsArgumentRefused.failed.3", sent, reply.brief()));
    }
}
