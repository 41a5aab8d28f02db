package org.mtainterop.receiver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.SmtpRequest;

/**
 * One client connection to a {@link ReferenceReceiver}: the server side of RFC 5321 with STARTTLS done as
 * RFC 3207 §4.2 asks: bytes the client pipelined behind STARTTLS are discarded, and after the handshake the
 * session forgets everything (a new EHLO is required, STARTTLS is no longer offered). Replies are written
 * with {@link SmtpReply#encode()}, commands read with {@link SmtpRequest#parse(String)}.
 */
public final class SmtpServerSession implements Runnable {
    static final SmtpReply LINE_TOO_LONG = SmtpReply.of(500, "5.5.2 line too long");
    static final int MAX_RECIPIENTS = 100;

    private static final Pattern MAIL_FROM = Pattern.compile("(?i)FROM:\\s*<([^<>\\s]*)>(.*)");
    private static final Pattern RCPT_TO = Pattern.compile("(?i)TO:\\s*<([^<>\\s]+)>(.*)");
    private static final Pattern SIZE_PARAMETER = Pattern.compile("(?i)SIZE=(\\d{1,18})");
    private static final Pattern BODY_PARAMETER = Pattern.compile("(?i)BODY=(7BIT|8BITMIME)");

    /** The TLS handshake after "220 ready to start TLS" did not complete. */
    private static final class HandshakeFailedException extends IOException {
        HandshakeFailedException(IOException cause) {
            super("STARTTLS handshake failed", cause);
        }
    }

    private final ReceiverSettings settings;
    private final MessageSink sink;
    private final SessionBehaviour behaviour;
    private Socket socket;
    private ClientLineReader reader;
    private OutputStream out;
    private SSLSession tls;
    private String clientName;
    private boolean extended;
    private String envelopeFrom;
    private final List<String> recipients = new ArrayList<>();
    private boolean open = true;

    public SmtpServerSession(Socket socket, ReceiverSettings settings, MessageSink sink) {
        this(socket, settings, sink, SessionBehaviour.STANDARD);
    }

    /** A session that consults {@code behaviour} at each step (the adversarial receiver's profiles). */
    public SmtpServerSession(Socket socket, ReceiverSettings settings, MessageSink sink, SessionBehaviour behaviour) {
        this.socket = socket;
        this.settings = settings;
        this.sink = sink;
        this.behaviour = behaviour;
    }

    @Override
    public void run() {
        String how = "client closed the connection";
        try { // not try-with-resources: the catch blocks below still write to the socket
            behaviour.sessionStarted(socket);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, settings.readTimeout().toMillis()));
            reader = new ClientLineReader(socket.getInputStream());
            out = socket.getOutputStream();
            reply(220, settings.hostname() + " ESMTP mta-interop reference receiver");
            serve();
            how = open ? how : "QUIT";
        } catch (HandshakeFailedException e) {
            // the client gave up on TLS or could not agree: close without a word
            how = "TLS handshake did not complete: " + e.getCause().getMessage();
        } catch (ClientLineReader.LineTooLongException e) {
            replyQuietly(LINE_TOO_LONG);
            how = "cut off: " + e.getMessage();
        } catch (SocketTimeoutException e) {
            replyQuietly(SmtpReply.of(421, "4.4.2 " + settings.hostname() + " timeout, closing connection"));
            how = "cut off: no complete line within " + settings.readTimeout().toSeconds() + " s";
        } catch (IOException | RuntimeException e) {
            // the client went away or broke the protocol: nothing more to say to it
            how = "connection ended: " + e.getMessage();
        } finally {
            closeQuietly(socket);
            behaviour.sessionEnded(how);
        }
    }

    private void serve() throws IOException {
        while (open) {
            byte[] line = reader.readLine();
            if (line == null) {
                return;
            }
            behaviour.clientLine(line, tls != null, () -> reader.buffered() + availableQuietly());
            SmtpRequest request;
            try {
                request = SmtpRequest.parse(new String(line, StandardCharsets.ISO_8859_1));
            } catch (IllegalArgumentException e) {
                reply(500, "5.5.2 syntax error, command unrecognized");
                continue;
            }
            handle(request);
        }
    }

    private void handle(SmtpRequest request) throws IOException {
        String argument = request.argument();
        switch (request.verb()) {
            case "EHLO", "HELO" -> hello(request.verb().equals("EHLO"), argument);
            case "STARTTLS" -> starttls(argument);
            case "MAIL" -> mail(argument);
            case "RCPT" -> rcpt(argument);
            case "DATA" -> data(argument);
            case "RSET" -> {
                resetTransaction();
                reply(250, "2.0.0 OK");
            }
            case "NOOP" -> reply(250, "2.0.0 OK");
            case "VRFY" -> reply(252, "2.1.5 cannot VRFY user, but will accept message and attempt delivery");
            case "HELP" -> reply(214, "2.0.0 commands: EHLO HELO STARTTLS MAIL RCPT DATA RSET NOOP VRFY HELP QUIT");
            case "QUIT" -> {
                reply(221, "2.0.0 " + settings.hostname() + " closing connection");
                open = false;
            }
            default -> reply(500, "5.5.2 syntax error, command unrecognized");
        }
    }

    private void hello(boolean esmtp, String argument) throws IOException {
        if (argument.isEmpty()) {
            reply(501, "5.5.4 syntax: " + (esmtp ? "EHLO" : "HELO") + " hostname");
            return;
        }
        resetTransaction();
        clientName = argument;
        extended = esmtp;
        String greeting = settings.hostname() + " Hello " + argument;
        if (!esmtp) {
            reply(250, greeting);
            return;
        }
        List<String> lines = new ArrayList<>(List.of(greeting, "PIPELINING", "SIZE " + settings.maxMessageBytes(),
                "8BITMIME", "ENHANCEDSTATUSCODES"));
        if (settings.offersStarttls() && tls == null && behaviour.advertiseStarttls()) {
            lines.add("STARTTLS");
        }
        send(new SmtpReply(250, behaviour.ehloLines(lines, tls != null)));
    }

    private void starttls(String argument) throws IOException {
        if (!argument.isEmpty()) {
            reply(501, "5.5.4 syntax error (no parameters allowed)");
        } else if (tls != null) {
            reply(503, "5.5.1 TLS already active");
        } else if (settings.starttls().isEmpty()) {
            reply(502, "5.5.1 STARTTLS not available");
        } else if (clientName == null) {
            reply(503, "5.5.1 EHLO first");
        } else if (behaviour.refuseStarttls().isPresent()) {
            send(behaviour.refuseStarttls().get());
        } else {
            behaviour.beforeStarttlsReady(reader.takeBuffered(), socket);
            SmtpReply ready = SmtpReply.of(220, "2.0.0 ready to start TLS");
            behaviour.serverReply(ready);
            byte[] injected = behaviour.injectAfterStarttlsReady();
            ByteArrayOutputStream segment = new ByteArrayOutputStream();
            segment.writeBytes(ready.encode().getBytes(StandardCharsets.ISO_8859_1));
            segment.writeBytes(injected);
            out.write(segment.toByteArray()); // one write: the injected bytes share the 220's segment
            out.flush();
            // RFC 3207 §4.2: whatever the client sent after STARTTLS, in plaintext, is thrown away unread;
            // upgrade() then reads only from the TLS stream, with a new reader.
            reader.discardBuffered();
            upgrade(settings.starttls().get());
        }
    }

    private void upgrade(SSLContext context) throws IOException {
        SSLSocket secure;
        try {
            secure = behaviour.acceptTls(socket, context, settings.enabledProtocols());
        } catch (IOException e) {
            behaviour.tlsFailed(e);
            throw new HandshakeFailedException(e); // ends the session with no reply: nothing plaintext inside TLS
        }
        socket = secure;
        tls = secure.getSession();
        behaviour.tlsEstablished(tls);
        reader = new ClientLineReader(secure.getInputStream());
        out = secure.getOutputStream();
        clientName = null;
        extended = false;
        resetTransaction();
    }

    private void mail(String argument) throws IOException {
        Matcher matcher = MAIL_FROM.matcher(argument);
        if (clientName == null) {
            reply(503, "5.5.1 EHLO first");
        } else if (envelopeFrom != null) {
            reply(503, "5.5.1 nested MAIL command");
        } else if (!matcher.matches()) {
            reply(501, "5.5.4 syntax: MAIL FROM:<address>");
        } else {
            for (String parameter : matcher.group(2).trim().split("\\s+")) {
                Matcher size = SIZE_PARAMETER.matcher(parameter);
                if (parameter.isEmpty() || BODY_PARAMETER.matcher(parameter).matches() && extended) {
                    continue;
                }
                if (!extended || !size.matches()) {
                    reply(555, "5.5.4 MAIL parameter not recognized: " + parameter);
                    return;
                }
                if (Long.parseLong(size.group(1)) > settings.maxMessageBytes()) {
                    reply(552, "5.3.4 message size exceeds fixed maximum message size");
                    return;
                }
            }
            envelopeFrom = matcher.group(1);
            reply(250, "2.1.0 OK");
        }
    }

    private void rcpt(String argument) throws IOException {
        Matcher matcher = RCPT_TO.matcher(argument);
        if (envelopeFrom == null) {
            reply(503, "5.5.1 MAIL first");
        } else if (!matcher.matches()) {
            reply(501, "5.5.4 syntax: RCPT TO:<address>");
        } else if (!matcher.group(2).isBlank()) {
            reply(555, "5.5.4 RCPT parameters not recognized");
        } else if (recipients.size() >= MAX_RECIPIENTS) {
            reply(452, "4.5.3 too many recipients");
        } else {
            recipients.add(matcher.group(1));
            reply(250, "2.1.5 OK");
        }
    }

    private void data(String argument) throws IOException {
        if (!argument.isEmpty()) {
            reply(501, "5.5.4 syntax: DATA");
            return;
        }
        if (recipients.isEmpty()) {
            reply(503, envelopeFrom == null ? "5.5.1 MAIL first" : "5.5.1 RCPT first");
            return;
        }
        reply(354, "end data with <CR><LF>.<CR><LF>");
        DotStuffedContent content = DotStuffedContent.read(reader, settings.maxMessageBytes());
        if (content.oversized()) {
            reply(552, "5.3.4 message size exceeds fixed maximum message size");
        } else {
            try {
                sink.deliver(envelopeFrom, List.copyOf(recipients), withReceivedLine(content.message()), tls != null);
                reply(250, "2.0.0 OK message accepted");
            } catch (RuntimeException e) {
                reply(451, "4.3.0 local error in processing");
            }
        }
        resetTransaction();
    }

    /** RFC 5321 §4.4 trace line; "with ESMTPS" marks a transaction inside TLS (RFC 3848). */
    private byte[] withReceivedLine(byte[] message) {
        String with = (extended ? "ESMTP" : "SMTP") + (tls != null ? "S" : "");
        String using = tls == null ? "" : "\r\n\t(using " + tls.getProtocol() + " with cipher " + tls.getCipherSuite() + ")";
        String received = "Received: from " + clientName + " (" + socket.getInetAddress().getHostAddress() + ")"
                + using + "\r\n\tby " + settings.hostname() + " with " + with + ";\r\n\t"
                + DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(ZonedDateTime.now()) + "\r\n";
        ByteArrayOutputStream stamped = new ByteArrayOutputStream(received.length() + message.length);
        stamped.writeBytes(received.getBytes(StandardCharsets.ISO_8859_1));
        stamped.writeBytes(message);
        return stamped.toByteArray();
    }

    private void resetTransaction() {
        envelopeFrom = null;
        recipients.clear();
    }

    private void reply(int code, String text) throws IOException {
        send(SmtpReply.of(code, text));
    }

    private void send(SmtpReply reply) throws IOException {
        behaviour.serverReply(reply);
        out.write(reply.encode().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private void replyQuietly(SmtpReply reply) {
        try {
            send(reply);
        } catch (IOException | RuntimeException e) {
            // the connection is going anyway
        }
    }

    private int availableQuietly() {
        try {
            return socket.getInputStream().available();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
