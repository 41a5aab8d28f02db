package org.mtainterop.adversary.smtp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.util.List;
import org.mtainterop.tls.raw.ClientHelloOffer;
import org.mtainterop.tls.raw.TlsAlert;

/**
 * Plays a server that only speaks TLS 1.0 (RFC 2246): answers the ClientHello with a TLS 1.0 ServerHello and
 * reads the client's reaction. A client that refuses TLS 1.0 sends a fatal alert at once (protocol_version,
 * RFC 8446 §4.2.1 / RFC 8996); one that accepts it waits for the Certificate, which never comes.
 */
final class Tls10ServerHello {
    static final String ACCEPTED = "accepted TLS 1.0 (waited for the Certificate)";
    /** The sender hung up before the TLS 1.0 ServerHello could be written: its reaction to TLS 1.0 is unknown. */
    static final String NOT_SENT = "could not be sent the TLS 1.0 ServerHello";
    /** Suites of TLS 1.0, in the order the server prefers them; the first one the client offered is chosen. */
    private static final List<Integer> TLS10_SUITES = List.of(0xC014, 0xC013, 0xC00A, 0xC009, 0x0035, 0x002F, 0x000A);
    private static final int REACTION_WINDOW_MS = 3000;

    private Tls10ServerHello() {
    }

    /** Sends the ServerHello and answers how the client reacted: an alert, an accepted version, or a close. */
    static String offer(Socket plain, ClientHelloOffer hello) throws IOException {
        int suite = TLS10_SUITES.stream().filter(hello.cipherSuites()::contains).findFirst().orElse(0x002F);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(3);
        body.write(1);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        body.writeBytes(random);
        body.write(0); // no session id
        body.write(suite >> 8);
        body.write(suite & 0xff);
        body.write(0); // null compression; no extensions
        byte[] b = body.toByteArray();
        byte[] record = new byte[5 + 4 + b.length];
        record[0] = 22;
        record[1] = 3;
        record[2] = 1;
        record[3] = (byte) ((4 + b.length) >> 8);
        record[4] = (byte) (4 + b.length);
        record[5] = 2;
        record[6] = 0;
        record[7] = (byte) (b.length >> 8);
        record[8] = (byte) b.length;
        System.arraycopy(b, 0, record, 9, b.length);
        try {
            OutputStream out = plain.getOutputStream();
            out.write(record);
            out.flush();
        } catch (IOException e) {
            return NOT_SENT + " (" + e.getMessage() + ")";
        }
        int timeout = plain.getSoTimeout();
        plain.setSoTimeout(REACTION_WINDOW_MS);
        try {
            InputStream in = plain.getInputStream();
            byte[] header = in.readNBytes(5);
            if (header.length < 5) {
                return "closed the connection";
            }
            if (header[0] == 21) {
                byte[] alert = in.readNBytes(2);
                return alert.length == 2 ? "alert " + new TlsAlert(alert[0], alert[1] & 0xff) : "truncated alert";
            }
            return "went on with a record of type " + (header[0] & 0xff) + " (accepted TLS 1.0)";
        } catch (SocketTimeoutException e) {
            return ACCEPTED;
        } catch (IOException e) {
            return "closed the connection (" + e.getMessage() + ")";
        } finally {
            plain.setSoTimeout(timeout);
        }
    }
}
