package org.mtainterop.net;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The service dimension of a target: which protocol the harness speaks to it, on which default port, and
 * whether TLS comes by a command (STARTTLS / STLS) or first, before the greeting (implicit TLS, RFC 8314).
 * Each scenario names the protocols it applies to by a tag ({@link #featureTag()}).
 */
public enum MailService {
    SMTP(Protocol.SMTP, 25, false),
    SUBMISSION(Protocol.SUBMISSION, 587, false),
    SUBMISSIONS(Protocol.SUBMISSION, 465, true),
    IMAP(Protocol.IMAP, 143, false),
    IMAPS(Protocol.IMAP, 993, true),
    POP3(Protocol.POP3, 110, false),
    POP3S(Protocol.POP3, 995, true);

    /** What is spoken once the connection (and, for implicit TLS, the handshake) is up. */
    public enum Protocol {
        SMTP("@smtp"), SUBMISSION("@submission"), IMAP("@imap"), POP3("@pop3");

        private final String tag;

        Protocol(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }

        /** The command that starts TLS in this protocol: {@code STLS} on POP3 (RFC 2595 §4), {@code STARTTLS} elsewhere. */
        public String tlsCommandName() {
            return this == POP3 ? "STLS" : "STARTTLS";
        }
    }

    private final Protocol protocol;
    private final int defaultPort;
    private final boolean implicitTls;

    MailService(Protocol protocol, int defaultPort, boolean implicitTls) {
        this.protocol = protocol;
        this.defaultPort = defaultPort;
        this.implicitTls = implicitTls;
    }

    /** As verdicts name it: {@code SMTP}, {@code Submission}, {@code IMAPS}, {@code POP3}... */
    public String displayName() {
        return switch (this) {
            case SUBMISSION -> "Submission";
            case SUBMISSIONS -> "Submissions";
            default -> name();
        };
    }

    /** As users write it: {@code smtp}, {@code imaps}... (also the URL scheme of {@code --target}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Protocol protocol() {
        return protocol;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public boolean implicitTls() {
        return implicitTls;
    }

    /** {@code STARTTLS}, or {@code STLS} on POP3. */
    public String tlsCommandName() {
        return protocol.tlsCommandName();
    }

    /** True for the users' services (submission, IMAP, POP3), false for MTA-to-MTA SMTP. */
    public boolean userAccess() {
        return this != SMTP;
    }

    /** The Cucumber tag selecting this service's scenarios: {@code @smtp}, {@code @submission}, {@code @imap}, {@code @pop3}. */
    public String featureTag() {
        return protocol.tag();
    }

    /** For a STARTTLS access service, its implicit-TLS counterpart (RFC 8314 §3.3): 587→465, 143→993, 110→995. */
    public Optional<MailService> implicitTlsCounterpart() {
        return switch (this) {
            case SUBMISSION -> Optional.of(SUBMISSIONS);
            case IMAP -> Optional.of(IMAPS);
            case POP3 -> Optional.of(POP3S);
            default -> Optional.empty();
        };
    }

    public static MailService parse(String text) {
        String t = text == null ? "" : text.strip();
        for (MailService s : values()) {
            if (s.label().equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown service '" + t + "' (expected " + labels() + ")");
    }

    public static String labels() {
        return Arrays.stream(values()).map(MailService::label).collect(Collectors.joining(", "));
    }
}
