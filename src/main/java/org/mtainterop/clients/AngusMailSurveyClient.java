package org.mtainterop.clients;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Angus Mail (Jakarta Mail) in this JVM, configured as its documentation (the {@code org.eclipse.angus.mail.smtp},
 * {@code .imap} and {@code .pop3} package summaries) says for "TLS required, certificate verified":
 * {@code mail.<proto>.starttls.enable} and {@code .starttls.required} = true (or the implicit-TLS protocols smtps,
 * imaps, pop3s), {@code mail.<proto>.ssl.checkserveridentity} = true, and an {@code ssl.socketFactory} that trusts
 * only the survey CA. It connects to a pinned address (no DNS, like the containers' /etc/hosts) and checks the
 * certificate against the server name through {@code mail.<proto>.ssl.hostnameverifier}. Exit codes as for the
 * containerised clients: 0 done, 1 failed, {@link ClientRun#TIMED_OUT} past the deadline.
 */
public final class AngusMailSurveyClient implements SurveyClient {
    public static final String NAME = "angus-mail";
    private static final String LOCAL_NAME = "client.survey.test";
    private static final String FROM = "alice@survey.test";
    private static final String TO = "bob@survey.test";

    private final InetAddress serverAddress;

    /** {@code serverAddress}: where every job's server name leads (for the survey, the Docker host gateway). */
    public AngusMailSurveyClient(InetAddress serverAddress) {
        this.serverAddress = serverAddress;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<AccessProtocolKind> protocols() {
        return EnumSet.allOf(AccessProtocolKind.class);
    }

    @Override
    public boolean supports(AccessProtocolKind protocol, TlsMode mode) {
        return true;
    }

    @Override
    public ClientRun run(ClientJob job) {
        Redaction redaction = Redaction.of(job);
        String proto = protocolName(job);
        Properties props = properties(job, proto);
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        PrintStream debug = new PrintStream(transcript, true, StandardCharsets.UTF_8);
        Session session = Session.getInstance(props);
        session.setDebugOut(debug);
        session.setDebug(true);
        long start = System.nanoTime();
        int exit;
        CompletableFuture<Void> work = CompletableFuture.runAsync(() -> {
            try {
                if (job.protocol() == AccessProtocolKind.SUBMISSION) {
                    submit(session, proto, job, debug);
                } else {
                    read(session, proto, job, debug);
                }
            } catch (MessagingException | IOException e) {
                throw new CompletionException(e);
            }
        }, task -> {
            Thread thread = new Thread(task, "angus-mail-survey-job");
            thread.setDaemon(true);
            thread.start();
        });
        try {
            work.get(job.deadline().toMillis(), TimeUnit.MILLISECONDS);
            debug.println(NAME + " " + job.protocol().label() + " " + job.mode().label() + ": done");
            exit = 0;
        } catch (TimeoutException e) {
            work.cancel(true);
            debug.println(NAME + ": the deadline of " + job.deadline().toSeconds() + " s passed");
            exit = ClientRun.TIMED_OUT;
        } catch (ExecutionException e) {
            describeFailure(e.getCause(), debug);
            exit = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            debug.println(NAME + ": interrupted");
            exit = 1;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new ClientRun(NAME, job.protocol(), job.mode(), exit, exit == ClientRun.TIMED_OUT, took,
                redaction.apply(transcript.toString(StandardCharsets.UTF_8)), redaction.apply(describe(props)));
    }

    private void submit(Session session, String proto, ClientJob job, PrintStream debug) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(FROM));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(TO));
        message.setSubject("mta-interop client survey: " + NAME + " submission " + job.mode().label());
        message.setText("One small message from Angus Mail.\n", "us-ascii");
        message.saveChanges();
        try (Transport transport = session.getTransport(proto)) {
            transport.connect(serverAddress.getHostAddress(), job.port(), job.user(), job.password());
            transport.sendMessage(message, new Address[] {new InternetAddress(TO)});
        }
    }

    private void read(Session session, String proto, ClientJob job, PrintStream debug) throws MessagingException, IOException {
        try (Store store = session.getStore(proto)) {
            store.connect(serverAddress.getHostAddress(), job.port(), job.user(), job.password());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                int count = inbox.getMessageCount();
                long bytes = 0;
                if (count > 0) {
                    try (InputStream in = inbox.getMessage(1).getInputStream()) {
                        bytes = in.transferTo(OutputStream.nullOutputStream());
                    }
                }
                debug.println(NAME + ": INBOX holds " + count + " message(s); read " + bytes + " bytes of message 1");
            } finally {
                inbox.close(false);
            }
        }
    }

    /** smtp / smtps, imap / imaps, pop3 / pop3s: the Jakarta Mail protocol names. */
    private static String protocolName(ClientJob job) {
        String base = switch (job.protocol()) {
            case SUBMISSION -> "smtp";
            case IMAP -> "imap";
            case POP3 -> "pop3";
        };
        return job.mode() == TlsMode.IMPLICIT ? base + "s" : base;
    }

    private Properties properties(ClientJob job, String proto) {
        SurveyTrust trust = SurveyTrust.of(job);
        String p = "mail." + proto + ".";
        String timeout = String.valueOf(job.deadline().toMillis());
        Properties props = new Properties();
        props.put(p + "host", serverAddress.getHostAddress());
        props.put(p + "port", String.valueOf(job.port()));
        props.put(p + "connectiontimeout", timeout);
        props.put(p + "timeout", timeout);
        props.put(p + "writetimeout", timeout);
        if (job.mode() == TlsMode.STARTTLS) {
            props.put(p + "starttls.enable", "true");   // "the STARTTLS command ... to switch the connection to a TLS-protected connection"
            props.put(p + "starttls.required", "true"); // "... fail if the server doesn't support STARTTLS or the command fails"
        } else {
            props.put(p + "ssl.enable", "true");        // smtps / imaps / pop3s: TLS from the first byte
        }
        props.put(p + "ssl.checkserveridentity", "true"); // "check the server identity as specified by RFC 2595"
        props.put(p + "ssl.socketFactory", trust.socketFactory());
        props.put(p + "ssl.hostnameverifier", trust.nameVerifier());
        if (job.protocol() == AccessProtocolKind.SUBMISSION) {
            props.put(p + "auth", "true");
            props.put(p + "localhost", LOCAL_NAME); // the EHLO name: no local host name lookup
            props.put(p + "from", FROM);
        }
        props.put("mail.debug.auth", "false"); // the AUTH exchange stays out of the transcript
        return props;
    }

    private String describe(Properties props) {
        Map<String, String> sorted = new TreeMap<>();
        props.forEach((k, v) -> sorted.put(String.valueOf(k), v instanceof String s ? s
                : "<" + v.getClass().getSimpleName() + ": only the survey CA; name " + "checked against the server name>"));
        StringBuilder out = new StringBuilder("Angus Mail session properties (server name pinned to "
                + serverAddress.getHostAddress() + "):\n");
        sorted.forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
        return out.toString();
    }

    private static void describeFailure(Throwable failure, PrintStream debug) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        debug.println(NAME + " failed: " + t);
        for (Throwable cause = t.getCause(); cause != null && cause != t; cause = cause.getCause()) {
            debug.println("  caused by: " + cause);
            t = cause;
        }
    }
}
