package org.mtainterop.adversary.access;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import org.mtainterop.net.MailService;

/**
 * Angus Mail (Jakarta Mail) as a careful mail program: TLS required (starttls.required, or implicit TLS), the
 * certificate verified against the test root and the server name, logging in with {@link #USER} and
 * {@link #PASSWORD}. Submits one message, or reads the INBOX and fetches its messages.
 */
final class AngusMailClient {
    static final String USER = "alice.survey@example.test";
    static final String PASSWORD = "S3cret-Passw0rd!x";

    private final ClientTls tls;

    AngusMailClient(ClientTls tls) {
        this.tls = tls;
    }

    /** Runs the client's usual work for the service: submit a message, or read the INBOX. Returns what it read. */
    String use(MailService service, int port) throws MessagingException, IOException {
        return switch (service.protocol()) {
            case IMAP, POP3 -> read(service, port);
            default -> {
                submit(service, port);
                yield "submitted";
            }
        };
    }

    void submit(MailService service, int port) throws MessagingException {
        Session session = Session.getInstance(properties(service, port));
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("alice@example.test"));
        message.setRecipients(Message.RecipientType.TO, "bob@example.test");
        message.setSubject("survey");
        message.setText("hello\r\n");
        try (Transport transport = session.getTransport(service.implicitTls() ? "smtps" : "smtp")) {
            transport.connect("127.0.0.1", port, USER, PASSWORD);
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    String read(MailService service, int port) throws MessagingException, IOException {
        Session session = Session.getInstance(properties(service, port));
        try (Store store = session.getStore(scheme(service))) {
            store.connect("127.0.0.1", port, USER, PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            StringBuilder out = new StringBuilder();
            for (Message m : inbox.getMessages()) {
                out.append(m.getSubject()).append(": ").append(m.getContent());
            }
            inbox.close(false);
            return out.toString();
        }
    }

    private static String scheme(MailService service) {
        return switch (service) {
            case IMAP -> "imap";
            case IMAPS -> "imaps";
            case POP3 -> "pop3";
            case POP3S -> "pop3s";
            case SUBMISSIONS -> "smtps";
            default -> "smtp";
        };
    }

    private Properties properties(MailService service, int port) {
        String p = "mail." + scheme(service).toLowerCase(Locale.ROOT);
        Properties props = new Properties();
        props.put(p + ".host", "127.0.0.1");
        props.put(p + ".port", String.valueOf(port));
        props.put(p + ".auth", "true");
        props.put(p + ".connectiontimeout", "5000");
        props.put(p + ".timeout", "5000");
        if (service.implicitTls()) {
            props.put(p + ".ssl.enable", "true");
        } else {
            props.put(p + ".starttls.enable", "true");
            props.put(p + ".starttls.required", "true");
        }
        props.put(p + ".ssl.socketFactory", tls);
        props.put(p + ".socketFactory.fallback", "false");
        props.put(p + ".ssl.socketFactory.fallback", "false");
        props.put(p + ".ssl.checkserveridentity", "false"); // ClientTls checks the pinned server name (RFC 6125)
        return props;
    }
}
