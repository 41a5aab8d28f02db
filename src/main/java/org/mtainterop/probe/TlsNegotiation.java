package org.mtainterop.probe;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.util.Optional;
import org.mtainterop.cert.CertificateAnalyzer;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.dialect.AccessCapabilities;
import org.mtainterop.dialect.ClientDialect;
import org.mtainterop.dialect.ServerAnswer;
import org.mtainterop.dialect.ServerCapabilities;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.LineConnection;
import org.mtainterop.net.MailService;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.policy.Reason;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.Transcript;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * The opening every JSSE probe shares, for every service (SMTP on port 25, submission, IMAP, POP3), over one
 * {@link LineConnection} and the service's {@link ClientDialect}. STARTTLS services: connect, greeting,
 * capabilities, then {@link #upgrade} sends STARTTLS / STLS and runs the handshake. Implicit-TLS services
 * (RFC 8314): connect, handshake first, then greeting. Then {@link #certificate} judges the chain and
 * {@link #askCapabilitiesInsideTls} asks again. It stops at the first step that does not go as a compliant
 * server would have it and says where; the connection stays open for the probe to continue, until {@link #finish}.
 *
 * @param <R> the protocol's response type, kept beside each neutral answer (port 25's facts keep SMTP replies)
 */
public final class TlsNegotiation<R> {
    /** One exchange with the server after the opening. */
    @FunctionalInterface
    public interface Exchange<R, T> {
        T with(ClientDialect<R> dialect) throws IOException, ProtocolViolation;
    }

    private final MailService service;
    private final Transcript transcript = new Transcript();
    private LineConnection connection;
    private ClientDialect<R> dialect;
    private ServerAnswer<R> greeting;
    private ServerCapabilities<R> beforeTls;
    private ServerAnswer<R> tlsCommandAnswer;
    private TlsHandshakeFacts handshake;
    private ServerCapabilities<R> insideTls;
    private ConnectionProblem problem;

    private TlsNegotiation(MailService service) {
        this.service = service;
    }

    /** SMTP on port 25, every answer kept as the SMTP reply it was. */
    public static TlsNegotiation<SmtpReply> openSmtp(Endpoint endpoint, ProbeSettings settings) {
        return open(MailService.SMTP, ClientDialect.smtp(MailService.Protocol.SMTP, settings.ehloName()), endpoint,
                settings, TlsClientSettings.modern(endpoint.referenceName()), true);
    }

    /**
     * SMTP on port 25 from the local address {@code source} when one is given (STARTTLS-05: a partner's declared
     * source); a source that is not an address of this host is the {@link #problem}.
     */
    public static TlsNegotiation<SmtpReply> openSmtpFrom(Endpoint endpoint, ProbeSettings settings,
                                                         Optional<InetAddress> source) {
        return open(MailService.SMTP, ClientDialect.smtp(MailService.Protocol.SMTP, settings.ehloName()), endpoint,
                settings, TlsClientSettings.modern(endpoint.referenceName()), true, source);
    }

    /** Any service, in its own dialect: see {@link #open(MailService, ClientDialect.Factory, Endpoint, ProbeSettings, TlsClientSettings, boolean)}. */
    public static TlsNegotiation<?> open(MailService service, Endpoint endpoint, ProbeSettings settings,
                                         TlsClientSettings implicitOffer, boolean askCapabilities) {
        return open(service, ClientDialect.forService(service, settings.ehloName()), endpoint, settings, implicitOffer,
                askCapabilities);
    }

    /**
     * Connects; for implicit TLS also runs the handshake with {@code implicitOffer}. Reads the greeting, and
     * on a STARTTLS service the capabilities when {@code askCapabilities}.
     */
    public static <R> TlsNegotiation<R> open(MailService service, ClientDialect.Factory<R> dialect, Endpoint endpoint,
                                             ProbeSettings settings, TlsClientSettings implicitOffer,
                                             boolean askCapabilities) {
        return open(service, dialect, endpoint, settings, implicitOffer, askCapabilities, Optional.empty());
    }

    private static <R> TlsNegotiation<R> open(MailService service, ClientDialect.Factory<R> dialect, Endpoint endpoint,
                                              ProbeSettings settings, TlsClientSettings implicitOffer,
                                              boolean askCapabilities, Optional<InetAddress> source) {
        TlsNegotiation<R> n = new TlsNegotiation<>(service);
        try {
            n.connection = LineConnection.connect(endpoint, settings.limits(), n.transcript, source);
        } catch (BindException e) {
            n.problem = new ConnectionProblem(ConnectionProblem.Kind.HARNESS, Reason.of("Connection.notOurAddress",
                    source.map(InetAddress::getHostAddress).orElse("?"), String.valueOf(e.getMessage())));
            n.transcript.note(n.problem.reason());
            return n;
        } catch (IOException e) {
            n.problem = ConnectionProblem.of(e, Reason.of("During.connecting", endpoint));
            n.transcript.note(n.problem.reason());
            return n;
        }
        n.dialect = dialect.over(n.connection);
        n.greetAndAsk(implicitOffer, askCapabilities);
        return n;
    }

    private void greetAndAsk(TlsClientSettings implicitOffer, boolean askCapabilities) {
        try {
            if (service.implicitTls()) {
                handshake = connection.startTls(implicitOffer);
                if (!handshake.completed()) {
                    return;
                }
            }
            greeting = dialect.greeting();
            if (greeting.answer().busy()) {
                connection.serverBusy();
            }
            if (!greeting.accepted()) {
                problem = new ConnectionProblem(ConnectionProblem.Kind.PROTOCOL,
                        Reason.of("Connection.refusedInGreeting", greeting.answer().brief()));
                return;
            }
            if (askCapabilities && !service.implicitTls()) {
                beforeTls = dialect.capabilities();
            }
        } catch (IOException e) {
            problem = ConnectionProblem.of(e, greeting == null ? Reason.of("During.greeting") : Reason.of("During.capabilities"));
        } catch (ProtocolViolation e) {
            problem = malformed(e);
        }
    }

    /** STARTTLS services: sends the TLS command (when advertised) and runs the handshake; true when TLS is up. */
    public boolean upgrade(TlsClientSettings offer) {
        return upgrade(offer, false);
    }

    /**
     * As {@link #upgrade}, with a NOOP pipelined behind the TLS command in the same segment (DOWNGRADE-01,
     * ACCESS-04); on an implicit-TLS port nothing is sent and the answer is false.
     */
    public boolean upgradeWithPipelinedNoop(TlsClientSettings offer) {
        if (service.implicitTls()) {
            return false;
        }
        return upgrade(offer, true);
    }

    private boolean upgrade(TlsClientSettings offer, boolean pipelinedNoop) {
        if (!greeted() || service.implicitTls() || !tlsCommandOffered()) {
            return tlsUp();
        }
        String command = capabilitiesBeforeTls().tlsCommandName();
        try {
            if (pipelinedNoop) {
                transcript.note("pipelining NOOP behind " + command + " in one segment");
            }
            tlsCommandAnswer = pipelinedNoop ? dialect.startTlsWithPipelinedNoop() : dialect.startTls();
            if (!tlsCommandAnswer.accepted()) {
                return false;
            }
            handshake = connection.startTls(offer);
            return handshake.completed();
        } catch (IOException e) {
            problem = ConnectionProblem.of(e, pipelinedNoop ? Reason.of("During.pipelined", command) : Reason.of("During.command", command));
        } catch (ProtocolViolation e) {
            problem = malformed(e);
        }
        return false;
    }

    /**
     * The chain the handshake showed, judged against the reference name: after a completed handshake, or a
     * failed one that got as far as the server's certificates.
     */
    public Optional<CertificateFacts> certificate(Endpoint endpoint, ProbeSettings settings) {
        if (handshake == null || (!handshake.completed() && handshake.peerChain().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new CertificateAnalyzer().analyze(handshake.peerChain(), endpoint.referenceName(),
                settings.trust(), settings.now()));
    }

    /** The capability command again, inside TLS (when TLS is up). */
    public void askCapabilitiesInsideTls() {
        if (tlsUp() && greeted()) {
            insideTls = exchange(Reason.of("During.insideTls"), ClientDialect::capabilities).orElse(null);
        }
    }

    /**
     * One further exchange, while nothing has gone wrong: its result, or empty when it failed (the failure is
     * then the {@link #problem}, said to have happened {@code during}).
     */
    public <T> Optional<T> exchange(Reason during, Exchange<R, T> exchange) {
        if (dialect == null || problem != null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(exchange.with(dialect));
        } catch (IOException e) {
            problem = ConnectionProblem.of(e, during);
        } catch (ProtocolViolation e) {
            problem = malformed(e);
        }
        return Optional.empty();
    }

    private static ConnectionProblem malformed(ProtocolViolation e) {
        return new ConnectionProblem(ConnectionProblem.Kind.PROTOCOL, Reason.of("Connection.malformed",
                String.valueOf(e.getMessage())));
    }

    public void note(String text) {
        transcript.note(text);
    }

    /** The greeting was read, welcomed a session, and nothing has gone wrong since. */
    public boolean greeted() {
        return greeting != null && greeting.accepted() && problem == null;
    }

    public boolean tlsUp() {
        return handshake != null && handshake.completed();
    }

    public Optional<ServerAnswer<R>> greeting() {
        return Optional.ofNullable(greeting);
    }

    /** The answer to the capability command before TLS; empty when it was not asked or not answered. */
    public Optional<ServerCapabilities<R>> capabilitiesAnswerBeforeTls() {
        return Optional.ofNullable(beforeTls);
    }

    public AccessCapabilities capabilitiesBeforeTls() {
        return beforeTls == null ? AccessCapabilities.none(service.protocol()) : beforeTls.capabilities();
    }

    public boolean tlsCommandOffered() {
        return capabilitiesBeforeTls().tlsCommand();
    }

    public Optional<ServerAnswer<R>> tlsCommandAnswer() {
        return Optional.ofNullable(tlsCommandAnswer);
    }

    public Optional<TlsHandshakeFacts> handshake() {
        return Optional.ofNullable(handshake);
    }

    /** The handshake that followed STARTTLS / STLS: empty when the command was not sent, or on an implicit-TLS port. */
    public Optional<TlsHandshakeFacts> handshakeAfterTlsCommand() {
        return tlsCommandAnswer == null ? Optional.empty() : handshake();
    }

    public Optional<ServerCapabilities<R>> capabilitiesAnswerInsideTls() {
        return Optional.ofNullable(insideTls);
    }

    public AccessCapabilities capabilitiesInsideTls() {
        return insideTls == null ? AccessCapabilities.none(service.protocol()) : insideTls.capabilities();
    }

    public Optional<ConnectionProblem> problem() {
        return Optional.ofNullable(problem);
    }

    public String transcript() {
        return transcript.render();
    }

    /**
     * Says goodbye and closes. On port 25 the harness says QUIT whenever the connection is still open, after
     * a refused greeting or a failed step too, as a sending MTA does (RFC 5321 §3.1: a client SHOULD send QUIT
     * after a 554 greeting); a user-access service gets its goodbye only after a conversation that went as it
     * should, and is otherwise just closed.
     */
    public void finish() {
        if (connection == null) {
            return;
        }
        boolean goodbye = service == MailService.SMTP ? connection.isOpen()
                : problem == null && (handshake == null || handshake.completed());
        if (goodbye) {
            dialect.goodbye();
        }
        connection.close();
    }
}
