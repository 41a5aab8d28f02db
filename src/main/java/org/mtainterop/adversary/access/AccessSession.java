package org.mtainterop.adversary.access;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLContext;
import org.mtainterop.adversary.ServerHandshake;
import org.mtainterop.net.MailService;
import org.mtainterop.receiver.ClientLineReader;

/**
 * One client connection to the {@link AccessAdversarialServer}: implicit TLS first when the listener serves it,
 * the greeting, then a loop of one command and one answer. Owns the endings: QUIT/LOGOUT, close, handshake
 * failure, a line or literal too long, a silent client, the session deadline. When the profile counts it
 * (RESPONSE_INJECTION), the first command inside TLS is answered only after the desync window, and what the client
 * sent ahead of it is recorded.
 */
final class AccessSession implements Runnable {
    private final Socket socket;
    private final AccessAdversarialServer.Settings settings;
    private final AccessSessionRecorder recorder;
    private final SSLContext context;

    AccessSession(Socket socket, AccessAdversarialServer.Settings settings, AccessSessionRecorder recorder,
                  SSLContext context) {
        this.socket = socket;
        this.settings = settings;
        this.recorder = recorder;
        this.context = context;
    }

    /** What a client beyond the session limit is told before the connection closes. */
    static String tooBusy(MailService service) {
        return switch (service.protocol()) {
            case IMAP -> "* BYE too many sessions, try again later\r\n";
            case POP3 -> "-ERR [SYS/TEMP] too many sessions, try again later\r\n";
            default -> "421 4.3.2 too many sessions, try again later\r\n";
        };
    }

    @Override
    public void run() {
        SessionEnd end = SessionEnd.CLIENT_CLOSED;
        String how = "client closed the connection";
        AccessConnection connection = null;
        AccessDialogue dialogue = null;
        try {
            recorder.started(socket);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, settings.readTimeout().toMillis()));
            connection = new AccessConnection(socket, settings.maxLineBytes());
            TlsAcceptor tls = new TlsAcceptor(context, recorder);
            dialogue = dialogue(connection, tls);
            boolean implicit = settings.implicitTls() && !recorder.behaviour().greetsInPlaintextOnImplicitListener();
            if (implicit) {
                recorder.firstContact(FirstContact.IMPLICIT_TLS);
                connection.acceptImplicitTls(tls);
            }
            dialogue.greet();
            if (!implicit && clientBeganTls(connection, tls)) {
                how = "client began TLS on the plaintext greeting (closed by the server)";
            } else if (serveCommands(connection, dialogue)) {
                end = SessionEnd.CLIENT_QUIT;
                how = "client said goodbye";
            }
        } catch (TlsAcceptor.HandshakeFailedException e) {
            end = e.nothingSent() && !settings.implicitTls() ? SessionEnd.NOTHING_AFTER_STARTTLS : SessionEnd.TLS_FAILED;
            how = e.nothingSent() ? "the client sent nothing where its ClientHello was due (" + e.getMessage() + ")"
                    : "TLS handshake did not complete (connection closed)";
        } catch (ClientLineReader.LineTooLongException | ImapCommand.LiteralTooLargeException e) {
            sayQuietly(connection, dialogue == null ? null : dialogue.tooLarge(e));
            end = SessionEnd.CUT_OFF;
            how = "cut off: " + e.getMessage();
        } catch (SocketTimeoutException e) {
            sayQuietly(connection, dialogue == null ? null : dialogue.timedOut());
            end = SessionEnd.CUT_OFF;
            how = "cut off: no complete line within " + settings.readTimeout().toMillis() + " ms";
        } catch (IOException | RuntimeException e) {
            end = SessionEnd.BROKE;
            how = "connection ended: " + e.getMessage();
        } finally {
            if (connection != null) {
                connection.close();
            } else {
                closeQuietly(socket);
            }
        }
        recorder.ended(end, how);
    }

    /** Reads what the client sent first; a ClientHello is recorded and ends the session. */
    private boolean clientBeganTls(AccessConnection connection, TlsAcceptor tls) throws IOException {
        FirstContact first = FirstContact.ofFirstByte(connection.peek());
        recorder.firstContact(first);
        if (first != FirstContact.TLS_CLIENT_HELLO) {
            return false;
        }
        connection.recordUnansweredHello(tls);
        recorder.transcript().note("the client sent a TLS ClientHello to the plaintext greeting; no TLS follows");
        return true;
    }

    /** One command, one answer, until the client leaves; true when it said goodbye (QUIT, LOGOUT). */
    private boolean serveCommands(AccessConnection connection, AccessDialogue dialogue) throws IOException {
        boolean measured = false;
        while (true) {
            byte[] line = connection.readLine();
            if (line == null) {
                return false;
            }
            if (!measured && connection.insideTls() && recorder.behaviour().countsBytesAheadInsideTls()) {
                measured = true;
                recorder.bytesAheadAfterInjection(ServerHandshake.bytesAheadAfter(settings.desyncWindow(),
                        connection::pendingBytes));
            }
            if (!dialogue.answer(line)) {
                return true;
            }
        }
    }

    private AccessDialogue dialogue(AccessConnection connection, TlsAcceptor tls) {
        return switch (settings.service().protocol()) {
            case IMAP -> new ImapDialogue(connection, recorder, tls, settings.hostname(), settings.maxMessageBytes(),
                    settings.maxLiteralBytes());
            case POP3 -> new Pop3Dialogue(connection, recorder, tls, settings.hostname(), settings.maxMessageBytes());
            default -> new SubmissionDialogue(connection, recorder, tls, settings.hostname(), settings.maxMessageBytes());
        };
    }

    private void sayQuietly(AccessConnection connection, String line) {
        if (connection == null || line == null) {
            return;
        }
        try {
            recorder.transcript().server(line);
            connection.write(line + "\r\n");
        } catch (IOException | RuntimeException e) {
            // the connection is going anyway
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
