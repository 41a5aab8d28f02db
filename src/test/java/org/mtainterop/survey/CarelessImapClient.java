package org.mtainterop.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.clients.ClientJob;
import org.mtainterop.clients.ClientRun;
import org.mtainterop.clients.SurveyClient;
import org.mtainterop.clients.TlsMode;

/**
 * The mail program the survey must catch: IMAP that uses STARTTLS when offered but logs in anyway when it is not,
 * and trusts any certificate. Its LOGIN carries the job's real (random) credentials, so the survey's redaction is
 * tested with them too.
 */
final class CarelessImapClient implements SurveyClient {
    static final String NAME = "careless";
    private final InetAddress server;

    CarelessImapClient(InetAddress server) {
        this.server = server;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<AccessProtocolKind> protocols() {
        return Set.of(AccessProtocolKind.IMAP);
    }

    @Override
    public boolean supports(AccessProtocolKind protocol, TlsMode mode) {
        return protocol == AccessProtocolKind.IMAP;
    }

    @Override
    public ClientRun run(ClientJob job) {
        Instant start = Instant.now();
        int exit = 0;
        StringBuilder log = new StringBuilder();
        try (Socket plain = new Socket(server, job.port())) {
            plain.setSoTimeout(5000);
            Socket s = job.mode() == TlsMode.IMPLICIT ? tls(plain, job) : plain;
            log.append(line(s.getInputStream())).append('\n');
            if (job.mode() == TlsMode.STARTTLS) {
                write(s, "a1 CAPABILITY");
                String caps = until(s.getInputStream(), "a1 ");
                if (caps.contains("STARTTLS")) {
                    write(s, "a2 STARTTLS");
                    if (until(s.getInputStream(), "a2 ").contains("a2 OK")) {
                        s = tls(plain, job);
                    }
                }
            }
            write(s, "a3 LOGIN " + job.user() + " " + job.password());
            log.append(until(s.getInputStream(), "a3 ").contains("a3 OK") ? "logged in\n" : "login refused\n");
            write(s, "a4 LOGOUT");
            until(s.getInputStream(), "a4 ");
        } catch (IOException e) {
            exit = 1;
            log.append("error: ").append(e.getMessage());
        }
        return new ClientRun(NAME, job.protocol(), job.mode(), exit, false, Duration.between(start, Instant.now()),
                log.toString(), "careless: STARTTLS when offered, LOGIN anyway, any certificate");
    }

    private static Socket tls(Socket plain, ClientJob job) throws IOException {
        try {
            SSLContext trustAll = SSLContext.getInstance("TLS");
            trustAll.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String auth) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String auth) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            SSLSocket secure = (SSLSocket) trustAll.getSocketFactory().createSocket(plain, job.serverName(), job.port(), true);
            secure.startHandshake();
            return secure;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static void write(Socket s, String line) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            b.write(c);
        }
        if (c < 0 && b.size() == 0) {
            throw new IOException("connection closed");
        }
        return b.toString(StandardCharsets.ISO_8859_1).strip();
    }

    private static String until(InputStream in, String tag) throws IOException {
        StringBuilder all = new StringBuilder();
        String l;
        do {
            l = line(in);
            all.append(l).append('\n');
        } while (!l.startsWith(tag));
        return all.toString();
    }
}
