package org.mtainterop.adversary.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A raw-socket client the tests script line by line, to play the mail programs the checks must fail: ones that
 * log in without TLS, trust any certificate, read injected lines, or reuse pre-TLS capabilities. Reads byte by
 * byte (nothing is buffered unless a test asks for it with {@link #slurp()}), so bytes it has not read stay on
 * the wire for whatever reads next, the TLS layer included.
 */
final class ScriptedClient implements AutoCloseable {
    private final Socket plain;
    private Socket current;
    private InputStream in;
    private OutputStream out;

    private ScriptedClient(Socket plain) throws IOException {
        this.plain = plain;
        this.current = plain;
        plain.setSoTimeout(10_000);
        this.in = plain.getInputStream();
        this.out = plain.getOutputStream();
    }

    static ScriptedClient connect(int port) throws IOException {
        return new ScriptedClient(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    /** One line without its CRLF; null at end of stream. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(c);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Lines up to and including the first that starts with {@code prefix}; all of them, joined with LF. */
    String readUntil(String prefix) throws IOException {
        StringBuilder all = new StringBuilder();
        String line;
        while ((line = readLine()) != null) {
            all.append(line).append('\n');
            if (line.startsWith(prefix)) {
                break;
            }
        }
        return all.toString();
    }

    /** An SMTP reply: lines up to the one with a space after the code. */
    String readReply() throws IOException {
        StringBuilder all = new StringBuilder();
        String line;
        while ((line = readLine()) != null) {
            all.append(line).append('\n');
            if (line.length() < 4 || line.charAt(3) == ' ') {
                break;
            }
        }
        return all.toString();
    }

    void send(String line) throws IOException {
        sendRaw(line + "\r\n");
    }

    void sendRaw(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** What a careless client's buffered reader holds: everything that arrives within 300 ms, read now. */
    String slurp() throws IOException {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = new byte[in.available()];
        int n = in.read(bytes);
        return new String(bytes, 0, Math.max(0, n), StandardCharsets.ISO_8859_1);
    }

    /** Layers TLS with the given factory's verification (ClientTls) and completes the handshake. */
    void startTls(ClientTls tls) throws IOException {
        secure(tls.layer(plain));
    }

    /** Layers TLS trusting any certificate and any name: the client CLIENT-02 must fail. */
    void startTlsTrustingAnything() throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            SSLSocket secure = (SSLSocket) context.getSocketFactory().createSocket(plain, "mail.access.test",
                    plain.getPort(), true);
            secure.startHandshake();
            secure(secure);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private void secure(SSLSocket secure) throws IOException {
        current = secure;
        in = secure.getInputStream();
        out = secure.getOutputStream();
    }

    @Override
    public void close() throws IOException {
        current.close();
        plain.close();
    }
}
