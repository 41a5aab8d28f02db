package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.smtp.SmtpReply;

/**
 * What port 25 answered to {@code STARTTLS} with an argument (STARTTLS-02, RFC 3207 §4): whether STARTTLS was
 * advertised, and the reply, when one came.
 *
 * @param argument the argument sent ({@link StarttlsArgumentProbe#ARGUMENT})
 */
public record StarttlsArgumentFacts(Optional<ConnectionProblem> problem, boolean starttlsOffered, String argument,
                                    Optional<SmtpReply> reply, String transcript) {
}
