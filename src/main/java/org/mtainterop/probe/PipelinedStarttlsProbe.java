package org.mtainterop.probe;

import java.io.IOException;
import java.util.Optional;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.smtp.SmtpProtocolException;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.SmtpRequest;
import org.mtainterop.tls.TlsClientSettings;

/**
 * DOWNGRADE-01: sends {@code STARTTLS\r\nNOOP\r\n} in one write, completes the handshake, then sends EHLO.
 * A server that kept the plaintext NOOP answers it first, inside TLS, with a single-line reply; a correct
 * server's first answer is the EHLO reply. Deterministic: no waiting for silence unless the first reply is
 * ambiguous (a single line), in which case a short wait tells whether a second reply follows.
 */
public final class PipelinedStarttlsProbe {
    private static final int AMBIGUITY_WAIT_MILLIS = 1500;
    private final ProbeSettings settings;

    public PipelinedStarttlsProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public PipelinedStarttlsFacts run(Endpoint endpoint) {
        StarttlsNegotiation n = StarttlsNegotiation.open(endpoint, settings);
        SmtpReply starttls = null;
        SmtpReply injectedAnswer = null;
        org.mtainterop.tls.TlsHandshakeFacts handshake = null;
        try {
            if (n.ready() && n.capabilities.offersStarttls()) {
                n.transcript.note("pipelining NOOP behind STARTTLS in one segment");
                n.session.sendPipelined(SmtpRequest.starttls(), SmtpRequest.noop());
                starttls = n.session.readReply();
                if (starttls.code() == 220) {
                    handshake = n.session.startTls(TlsClientSettings.modern(endpoint.referenceName()));
                    if (handshake.completed()) {
                        injectedAnswer = firstAnswerInsideTls(n).orElse(null);
                    }
                }
            }
        } catch (IOException e) {
            n.problem = ConnectionProblem.of(e, "during the pipelined STARTTLS");
        } catch (SmtpProtocolException e) {
            n.problem = new ConnectionProblem(ConnectionProblem.Kind.PROTOCOL, "malformed reply: " + e.getMessage());
        } finally {
            n.finish();
        }
        return new PipelinedStarttlsFacts(n.problem(), n.capabilities.offersStarttls(), Optional.ofNullable(starttls),
                Optional.ofNullable(handshake), Optional.ofNullable(injectedAnswer), n.transcript.render());
    }

    private Optional<SmtpReply> firstAnswerInsideTls(StarttlsNegotiation n) throws IOException, SmtpProtocolException {
        n.session.send(SmtpRequest.ehlo(settings.ehloName()));
        SmtpReply first = n.session.readReply();
        if (first.isMultiline()) {
            return Optional.empty();
        }
        Optional<SmtpReply> second = n.session.readReplyWithin(AMBIGUITY_WAIT_MILLIS);
        if (second.isPresent()) {
            n.transcript.note("the first reply inside TLS answered the plaintext NOOP");
            return Optional.of(first);
        }
        return Optional.empty();
    }
}
