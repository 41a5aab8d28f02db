package org.mtainterop.path;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.dialect.SmtpReplies;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.operators.MailboxCredential;
import org.mtainterop.operators.TestMailbox;
import org.mtainterop.smtp.EhloCapabilities;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.SmtpRequest;
import org.mtainterop.smtp.Transcript;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * Submits one {@link PathMessage} through operator A's submission service (RFC 6409 on 587 with STARTTLS, or
 * RFC 8314 implicit TLS on 465): TLS first, the certificate verified, then {@code AUTH PLAIN} (RFC 4954; the
 * transcript keeps {@code AUTH PLAIN <redacted>}), one MAIL, one RCPT (B's test mailbox only), DATA, QUIT. Every read
 * is bounded by the limits' read timeout and session deadline; whatever stops it is the outcome, never an exception.
 */
final class SubmissionSession {
    private static final String EHLO_NAME = "path.mta-interop.test";

    private SubmissionSession() {
    }

    static SessionFacts submit(TestMailbox from, MailboxCredential credential, PathMessage message,
                               TrustAnchors trust, NetworkLimits limits, SecretScrub scrub) {
        Transcript transcript = new Transcript();
        String name = from.submission().name();
        Endpoint endpoint = new Endpoint(from.submission().connectTo(), from.submission().port(), name);
        String where = from.submission().display() + from.submission().address().map(a -> " (" + a + ")").orElse("");
        Optional<String> address = Optional.empty();
        Optional<String> tls = Optional.empty();
        try (LineConnection c = LineConnection.connect(endpoint, limits, transcript)) {
            address = c.remoteAddress();
            SmtpReplies replies = new SmtpReplies(limits);
            if (from.submissionImplicitTls()) {
                TlsHandshakeFacts facts = c.startTls(TlsClientSettings.modern(name));
                Optional<Reason> problem = ServerCertificate.problem(facts, name, trust);
                if (problem.isPresent()) {
                    return stop(where, address, tls, Reason.of("PathSession.credentialsNotSent", problem.get()),
                            transcript, scrub);
                }
                tls = Optional.of(ServerCertificate.describe(facts));
            }
            SmtpReply greeting = c.read(replies);
            if (greeting.code() != 220) {
                return stop(where, address, tls, Reason.of("PathSession.greeting", greeting.brief()), transcript, scrub);
            }
            SmtpReply ehlo = exchange(c, replies, SmtpRequest.ehlo(EHLO_NAME).line());
            if (!ehlo.isPositiveCompletion()) {
                return stop(where, address, tls, Reason.of("SubmissionSession.ehloRefused", ehlo.brief()), transcript, scrub);
            }
            if (!from.submissionImplicitTls()) {
                if (!EhloCapabilities.parse(ehlo).offersStarttls()) {
                    return stop(where, address, tls, Reason.of("SubmissionSession.starttlsNotOffered"), transcript, scrub);
                }
                SmtpReply go = exchange(c, replies, SmtpRequest.starttls().line());
                if (go.code() != 220) {
                    return stop(where, address, tls, Reason.of("PathSession.starttlsRefused", go.brief()), transcript, scrub);
                }
                TlsHandshakeFacts facts = c.startTls(TlsClientSettings.modern(name));
                Optional<Reason> problem = ServerCertificate.problem(facts, name, trust);
                if (problem.isPresent()) {
                    return stop(where, address, tls, Reason.of("PathSession.credentialsNotSent", problem.get()),
                            transcript, scrub);
                }
                tls = Optional.of(ServerCertificate.describe(facts));
                ehlo = exchange(c, replies, SmtpRequest.ehlo(EHLO_NAME).line());
                if (!ehlo.isPositiveCompletion()) {
                    return stop(where, address, tls, Reason.of("SubmissionSession.ehloInsideTlsRefused", ehlo.brief()), transcript, scrub);
                }
            }
            boolean plain = EhloCapabilities.parse(ehlo).parameters("AUTH").stream()
                    .anyMatch(m -> m.equalsIgnoreCase("PLAIN"));
            if (!plain) {
                return stop(where, address, tls, Reason.of("SubmissionSession.noAuthPlain",
                        String.valueOf(EhloCapabilities.parse(ehlo).parameters("AUTH"))), transcript, scrub);
            }
            SmtpReply auth = exchange(c, replies, "AUTH PLAIN "
                    + SecretScrub.b64("\0" + credential.user() + "\0" + credential.password()));
            if (auth.code() != 235) {
                return stop(where, address, tls, Reason.of("SubmissionSession.authRefused", credential.user(),
                        String.valueOf(auth.code())), transcript, scrub);
            }
            SmtpReply mail = exchange(c, replies, SmtpRequest.mailFrom(message.from()).line());
            if (!mail.isPositiveCompletion()) {
                return stop(where, address, tls, Reason.of("SubmissionSession.mailRefused", mail.brief()), transcript, scrub);
            }
            SmtpReply rcpt = exchange(c, replies, "RCPT TO:<" + message.to() + ">");
            if (!rcpt.isPositiveCompletion()) {
                return stop(where, address, tls, Reason.of("SubmissionSession.rcptRefused", message.to(), rcpt.brief()), transcript, scrub);
            }
            SmtpReply data = exchange(c, replies, SmtpRequest.data().line());
            if (data.code() != 354) {
                return stop(where, address, tls, Reason.of("SubmissionSession.dataRefused", data.brief()), transcript, scrub);
            }
            String[] lines = message.text(ZonedDateTime.now()).split("\r\n", -1);
            String[] body = new String[lines.length];
            for (int i = 0; i < lines.length - 1; i++) {
                body[i] = lines[i];
            }
            body[lines.length - 1] = ".";
            c.send(body);
            SmtpReply queued = c.read(replies);
            if (!queued.isPositiveCompletion()) {
                return stop(where, address, tls, Reason.of("SubmissionSession.messageRefused", queued.brief()), transcript, scrub);
            }
            exchange(c, replies, SmtpRequest.quit().line());
            return new SessionFacts(where, address, tls, true, scrub.apply(Reason.of("SubmissionSession.accepted", queued.brief())),
                    scrub.apply(transcript.render()));
        } catch (IOException | ProtocolViolation | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return stop(where, address, tls, Reason.of("PathSession.stopped",
                    PathSession.said(e, why.toLowerCase(Locale.ROOT).strip())), transcript, scrub);
        }
    }

    private static SmtpReply exchange(LineConnection c, SmtpReplies replies, String line)
            throws IOException, ProtocolViolation {
        c.send(line);
        return c.read(replies);
    }

    private static SessionFacts stop(String where, Optional<String> address, Optional<String> tls, Reason why,
                                     Transcript transcript, SecretScrub scrub) {
        return new SessionFacts(where, address, tls, false, scrub.apply(why), scrub.apply(transcript.render()));
    }
}
