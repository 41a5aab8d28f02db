package org.mtainterop.path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import java.util.function.Consumer;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.dialect.ImapExchange;
import org.mtainterop.imap.ImapResponse;
import org.mtainterop.imap.ImapResponseDecoder;
import org.mtainterop.net.Deadline;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.operators.MailboxCredential;
import org.mtainterop.operators.TestMailbox;
import org.mtainterop.smtp.Transcript;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * Reads operator B's test mailbox over IMAP (RFC 9051; STARTTLS on 143, implicit TLS on 993, the certificate verified
 * before LOGIN): selects INBOX, asks {@code UID SEARCH HEADER X-Mta-Interop-Path <tag>} once a second until the
 * message is there or {@code wait} has passed, fetches its header ({@code BODY.PEEK[HEADER]}), and, unless told to
 * keep it, deletes exactly that message ({@code UID STORE +FLAGS.SILENT (\Deleted)}, {@code UID EXPUNGE} of RFC 4315;
 * without UIDPLUS it is only flagged, saying so, since a plain EXPUNGE could remove other messages).
 */
final class MailboxSession {

    /** What the read found. */
    record Reading(SessionFacts session, Optional<String> header, double secondsToArrival, String deletion) {
    }

    private final LineConnection connection;
    private final ImapResponseDecoder decoder;
    private int nextTag = 1;

    private MailboxSession(LineConnection connection) {
        this.connection = connection;
        this.decoder = ImapResponseDecoder.within(connection.limits());
    }

    /**
     * @param submittedAt {@link System#nanoTime()} when A accepted the message: arrival time counts from there
     * @param wait        how long to look for the message before giving up
     */
    static Reading read(TestMailbox at, MailboxCredential credential, PathMessage message, TrustAnchors trust,
                        NetworkLimits limits, long submittedAt, java.time.Duration wait, boolean keep, SecretScrub scrub) {
        Transcript transcript = new Transcript();
        String name = at.imap().name();
        String where = at.imap().display() + at.imap().address().map(a -> " (" + a + ")").orElse("");
        Optional<String> address = Optional.empty();
        Optional<String> tls = Optional.empty();
        Endpoint endpoint = new Endpoint(at.imap().connectTo(), at.imap().port(), name);
        try (LineConnection c = LineConnection.connect(endpoint, limits, transcript)) {
            address = c.remoteAddress();
            MailboxSession s = new MailboxSession(c);
            if (at.imapImplicitTls()) {
                TlsHandshakeFacts facts = c.startTls(TlsClientSettings.modern(name));
                Optional<Reason> problem = ServerCertificate.problem(facts, name, trust);
                if (problem.isPresent()) {
                    return stop(where, address, tls, Reason.of("PathSession.credentialsNotSent", problem.get()),
                            transcript, scrub);
                }
                tls = Optional.of(ServerCertificate.describe(facts));
            }
            ImapResponse greeting = c.read(s.decoder);
            if (greeting.kind() != ImapResponse.Kind.UNTAGGED || !greeting.isOk()) {
                return stop(where, address, tls, Reason.of("PathSession.greeting", greeting.brief()), transcript, scrub);
            }
            if (!at.imapImplicitTls()) {
                ImapResponse go = s.command("STARTTLS", r -> { });
                if (!go.isOk()) {
                    return stop(where, address, tls, Reason.of("PathSession.credentialsNotSent",
                            Reason.of("PathSession.starttlsRefused", go.brief())), transcript, scrub);
                }
                TlsHandshakeFacts facts = c.startTls(TlsClientSettings.modern(name));
                Optional<Reason> problem = ServerCertificate.problem(facts, name, trust);
                if (problem.isPresent()) {
                    return stop(where, address, tls, Reason.of("PathSession.credentialsNotSent", problem.get()),
                            transcript, scrub);
                }
                tls = Optional.of(ServerCertificate.describe(facts));
            }
            if (!credential.user().matches("[\\x21-\\x7e&&[^\"\\\\]]+") || !credential.password().matches("[\\x20-\\x7e]+")) {
                return stop(where, address, tls, Reason.of("MailboxSession.unquotable"), transcript, scrub);
            }
            List<String> capabilities = new ArrayList<>();
            ImapResponse login = s.command("LOGIN " + quoted(credential.user()) + " " + quoted(credential.password()),
                    r -> r.capabilities().ifPresent(capabilities::addAll));
            if (!login.isOk()) {
                return stop(where, address, tls, Reason.of("MailboxSession.loginRefused", credential.user(),
                        String.valueOf(login.status())), transcript, scrub);
            }
            login.capabilities().ifPresent(capabilities::addAll);
            if (capabilities.isEmpty()) {
                s.command("CAPABILITY", r -> r.capabilities().ifPresent(capabilities::addAll));
            }
            ImapResponse select = s.command("SELECT INBOX", r -> { });
            if (!select.isOk()) {
                return stop(where, address, tls, Reason.of("MailboxSession.selectRefused", select.brief()), transcript, scrub);
            }
            Deadline looking = Deadline.in(wait, "wait for the message");
            List<String> uids = new ArrayList<>();
            while (true) {
                s.command("UID SEARCH HEADER " + PathMessage.TAG_HEADER + " " + quoted(message.tag()),
                        r -> uids.addAll(searchResults(r)));
                if (!uids.isEmpty() || looking.expired()) {
                    break;
                }
                Thread.sleep(Math.min(1000, Math.max(1, looking.remainingMillis())));
            }
            double seconds = (System.nanoTime() - submittedAt) / 1e9;
            if (uids.isEmpty()) {
                s.goodbye();
                return new Reading(new SessionFacts(where, address, tls, false, Reason.of("MailboxSession.notFound",
                        Math.round(seconds)), scrub.apply(transcript.render())), Optional.empty(), seconds, "");
            }
            List<String> literals = new ArrayList<>();
            ImapResponse fetch = s.command("UID FETCH " + uids.get(0) + " (BODY.PEEK[HEADER])",
                    r -> literals.addAll(r.literals()));
            if (!fetch.isOk() || literals.isEmpty()) {
                return stop(where, address, tls, Reason.of("MailboxSession.noHeader", uids.get(0), fetch.brief()),
                        transcript, scrub);
            }
            String deletion = keep ? "kept (--keep)" : s.delete(uids, capabilities.contains("UIDPLUS"));
            s.goodbye();
            String time = String.format(Locale.ROOT, "%.1f", seconds);
            Reason found = uids.size() > 1 ? Reason.of("MailboxSession.foundCopies", time, uids.get(0), uids.size() - 1)
                    : Reason.of("MailboxSession.found", time, uids.get(0));
            return new Reading(new SessionFacts(where, address, tls, true, found, scrub.apply(transcript.render())),
                    Optional.of(literals.get(0)), seconds, deletion);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stop(where, address, tls, Reason.of("PathSession.interrupted"), transcript, scrub);
        } catch (IOException | ProtocolViolation | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return stop(where, address, tls, Reason.of("PathSession.stopped", PathSession.said(e, why.strip())),
                    transcript, scrub);
        }
    }

    private String delete(List<String> uids, boolean uidplus) throws IOException, ProtocolViolation {
        String set = String.join(",", uids);
        ImapResponse flagged = command("UID STORE " + set + " +FLAGS.SILENT (\\Deleted)", r -> { });
        if (!flagged.isOk()) {
            return "not deleted: STORE refused: " + flagged.brief();
        }
        if (!uidplus) {
            return "flagged \\Deleted only: the server lacks UIDPLUS (RFC 4315), and a plain EXPUNGE could remove"
                    + " other messages";
        }
        ImapResponse expunged = command("UID EXPUNGE " + set, r -> { });
        return expunged.isOk() ? "deleted (UID EXPUNGE " + set + ")" : "flagged \\Deleted, UID EXPUNGE refused: "
                + expunged.brief();
    }

    private static List<String> searchResults(ImapResponse r) {
        if (r.kind() != ImapResponse.Kind.UNTAGGED || !r.text().toUpperCase(Locale.ROOT).startsWith("SEARCH")) {
            return List.of();
        }
        List<String> uids = new ArrayList<>();
        for (String word : r.text().substring(6).strip().split("\\s+")) {
            if (word.matches("[1-9][0-9]{0,9}")) {
                uids.add(word);
            }
        }
        return uids;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private ImapResponse command(String command, Consumer<ImapResponse> untagged) throws IOException, ProtocolViolation {
        String tag = "p" + nextTag++;
        connection.send(tag + " " + command);
        return ImapExchange.untilTagged(connection, decoder, tag, untagged);
    }

    private void goodbye() {
        try {
            command("LOGOUT", r -> { });
        } catch (IOException | ProtocolViolation ignored) {
            // the read is over either way
        }
    }

    private static Reading stop(String where, Optional<String> address, Optional<String> tls, Reason why,
                                Transcript transcript, SecretScrub scrub) {
        return new Reading(new SessionFacts(where, address, tls, false, scrub.apply(why), scrub.apply(transcript.render())),
                Optional.empty(), 0, "");
    }
}
