package org.mtainterop.adversary.access;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;
import org.mtainterop.receiver.ClientLineReader;

/**
 * One client's connection as the access dialogues use it: bounded line and literal reads, single-write replies
 * (so an injected line shares the real answer's TCP segment), and the switch to TLS, which throws away every
 * plaintext byte read ahead before the handshake (RFC 3207 §4.2, RFC 2595 §3.1).
 */
final class AccessConnection {
    private final Socket plain;
    private final int maxLineBytes;
    private Socket current;
    private ClientLineReader reader;
    private OutputStream out;

    AccessConnection(Socket plain, int maxLineBytes) throws IOException {
        this.plain = plain;
        this.maxLineBytes = maxLineBytes;
        this.current = plain;
        this.reader = new ClientLineReader(plain.getInputStream(), maxLineBytes);
        this.out = plain.getOutputStream();
    }

    byte[] readLine() throws IOException {
        return reader.readLine();
    }

    /** Reads a literal of {@code count} bytes, keeping at most {@code keep} of them. */
    byte[] readLiteral(long count, int keep) throws IOException {
        return reader.readLiteral(count, keep);
    }

    /** The first unread byte (waiting for it), -1 at end of stream. */
    int peek() throws IOException {
        return reader.peek();
    }

    boolean insideTls() {
        return current instanceof SSLSocket;
    }

    /** Writes {@code text} (ISO-8859-1) in one write, then flushes. */
    void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Bytes the client has sent that no command has consumed yet: read ahead, decrypted, or still on the wire. */
    int pendingBytes() {
        int pending = reader.buffered();
        try {
            pending += current.getInputStream().available();
            if (current != plain) {
                pending += plain.getInputStream().available();
            }
        } catch (IOException e) {
            // nothing more can be counted
        }
        return pending;
    }

    /** Turns the plaintext connection into TLS; plaintext read ahead is discarded unread. */
    void startTls(TlsAcceptor acceptor) throws IOException {
        reader.discardBuffered();
        secure(acceptor.accept(plain, plain.getInputStream()));
    }

    /** Implicit TLS: the handshake is the first thing on the connection. */
    void acceptImplicitTls(TlsAcceptor acceptor) throws IOException {
        secure(acceptor.accept(plain, plain.getInputStream()));
    }

    /** A ClientHello arrived instead of a command: record it from the bytes already read and what follows. */
    void recordUnansweredHello(TlsAcceptor acceptor) {
        acceptor.recordUnansweredHello(reader.remaining());
    }

    private void secure(SSLSocket secure) throws IOException {
        current = secure;
        reader = new ClientLineReader(secure.getInputStream(), maxLineBytes);
        out = secure.getOutputStream();
    }

    void close() {
        try {
            if (current != plain) {
                current.setSoTimeout(200); // closing TLS waits for the peer's close_notify: briefly, not a read timeout
            }
            current.close();
        } catch (IOException e) {
            // nothing left to release
        }
        try {
            plain.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
