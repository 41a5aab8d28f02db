package org.mtainterop.tls;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * Why a TLS handshake failed, as a lower layer wrote it (a JSSE exception message, the harness's own TLS client),
 * classified into the common failures testssl.sh and sslyze name apart: a fatal alert received (with its name), no
 * protocol version or cipher suite in common, a certificate path that could not be built, a reply that is no TLS, a
 * timeout, a reset connection, the server closing the connection. The harness's part is a message key (French in a
 * French report); the lower layer's text stays a fact, quoted whole: « alerte fatale handshake_failure reçue
 * (Received fatal alert: handshake_failure) ». In English the reason renders as the text itself, byte for byte (the
 * English patterns are that text: {@link #of} keeps a classification only if it does), so English reports say what
 * they always said.
 */
public final class HandshakeFailure {

    /** A shape of failure text: its key, and the one part of the text the French words name ({@code (?<d>…)}), if any. */
    private record Shape(String key, Pattern text) {
        Shape(String key, String regex) {
            this(key, Pattern.compile(regex));
        }
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("HandshakeFailure.alertReceived", "^Received fatal alert: (?<d>[a-z_0-9]+)$"),
            new Shape("HandshakeFailure.alertReceived", "^the server sent alert (?<d>\\d+) \\(fatal\\)$"),
            new Shape("HandshakeFailure.nothingUsable", "(?i)^no appropriate protocol \\(protocol is disabled or cipher suites"
                    + " are inappropriate\\)$"),
            new Shape("HandshakeFailure.noCommonSuite", "(?i)no (negotiable )?cipher suites?( in common)?\\b"
                    + "|no appropriate cipher suite"),
            new Shape("HandshakeFailure.noCommonProtocol", "(?i)no appropriate protocol|protocol version .* is not accepted"
                    + "|protocol .* is not (enabled|supported)|does not support the protocol"),
            new Shape("HandshakeFailure.certificatePath", "(?i)PKIX path|certification path|certificate_unknown"
                    + "|no trusted certificate"),
            new Shape("HandshakeFailure.notTls", "(?i)unsupported or unrecognized SSL message|plaintext connection\\?"),
            new Shape("HandshakeFailure.remoteClosed", "(?i)remote host terminated the handshake|remote host (closed|terminated) "
                    + "the connection|^EOF|end of stream|closed the connection"),
            new Shape("HandshakeFailure.reset", "(?i)connection reset|broken pipe"),
            new Shape("HandshakeFailure.timedOut", "(?i)read timed out|^timed out$"));

    private static final Pattern TIMED_OUT_AFTER = Pattern.compile("^timed out after (\\d+) ms during the handshake$");

    private HandshakeFailure() {
    }

    /**
     * What the handshake-abort profiles' servers say as they abort (the harness's own words, which the TLS layer passes
     * on as the failure): every handshake, or only the first of the period; {@code withAlert} names the alert sent.
     */
    public static Reason profileAborts(boolean everyHandshake, boolean withAlert) {
        Reason aborts = Reason.of(everyHandshake ? "HandshakeFailure.profileAbortsEvery" : "HandshakeFailure.profileAbortsFirst");
        return withAlert ? Reason.of("HandshakeFailure.withFatalAlert", aborts) : aborts;
    }

    /** {@link #profileAborts}'s words, each as it reads in English: recognised when a failure's text is one of them. */
    private static final List<Reason> PROFILE_ABORTS = List.of(profileAborts(true, false), profileAborts(false, false),
            profileAborts(true, true), profileAborts(false, true));

    /** The harness's own words when the handshake ran past the read timeout. */
    public static Reason timedOutAfter(long millis) {
        return Reason.of("HandshakeFailure.timedOutAfter", millis);
    }

    /**
     * {@code text}, a lower layer's words for a failed handshake (or the harness's {@link #timedOutAfter} as English),
     * classified; text of no known shape is quoted whole as the library's words ({@code HandshakeFailure.other}).
     */
    public static Reason of(String text) {
        String t = text == null ? "" : text;
        if (t.isBlank()) {
            return Reason.fact(t);
        }
        for (Reason aborts : PROFILE_ABORTS) {
            if (aborts.render(ReportLanguage.EN).equals(t)) {
                return aborts;
            }
        }
        Matcher after = TIMED_OUT_AFTER.matcher(t);
        if (after.matches()) {
            return verified(timedOutAfter(Long.parseLong(after.group(1))), t);
        }
        for (Shape s : SHAPES) {
            Matcher m = s.text().matcher(t);
            if (m.find()) {
                return verified(quoted(s.key(), t, m), t);
            }
        }
        return Reason.of("HandshakeFailure.other", t);
    }

    /**
     * The key with the text: a shape that names a part ({@code (?<d>…)}: the alert) gives {@code {0}} that part,
     * {@code {1}} the text before it and {@code {2}} the text after it (the English pattern {@code {1}{0}{2}} gives the
     * text back); any other gives {@code {0}}, the whole text.
     */
    private static Reason quoted(String key, String text, Matcher m) {
        if (m.pattern().pattern().contains("(?<d>")) {
            return Reason.of(key, m.group("d"), text.substring(0, m.start("d")), text.substring(m.end("d")));
        }
        return Reason.of(key, text);
    }

    /** {@code reason} if it says {@code text} in English exactly, else the text quoted as it stands. */
    private static Reason verified(Reason reason, String text) {
        return reason.render(ReportLanguage.EN).equals(text) ? reason : Reason.of("HandshakeFailure.other", text);
    }
}
