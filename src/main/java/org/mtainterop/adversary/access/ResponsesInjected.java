package org.mtainterop.adversary.access;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RESPONSE_INJECTION: the positive STARTTLS / STLS answer and forged responses share one TCP segment (CVE-2011-0411's
 * shape); the forged lines announce {@value InjectedCapabilities#INJECTED_MECHANISM} and
 * {@value AccessServerProfile#INJECTED_CAPABILITY}. The first command inside TLS waits the desync window, so a client
 * that took a forged line for its answer is seen sending ahead.
 */
final class ResponsesInjected implements AccessProfileBehaviour {
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    @Override
    public AdvertisedCapabilities capabilities(long maxMessageBytes) {
        return new InjectedCapabilities(maxMessageBytes);
    }

    /** An EHLO reply announcing the injected mechanism. */
    @Override
    public String forgedAfterSubmissionReady() {
        return "250-mx.injected.test forged reply\r\n250-AUTH " + InjectedCapabilities.INJECTED_MECHANISM + "\r\n250 "
                + AccessServerProfile.INJECTED_CAPABILITY + "\r\n";
    }

    /** A CAPABILITY response and the tagged OK for the client's next command tag. */
    @Override
    public String forgedAfterImapStarttls(String tag) {
        return "* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=" + InjectedCapabilities.INJECTED_MECHANISM + " "
                + AccessServerProfile.INJECTED_CAPABILITY + "\r\n" + nextTag(tag) + " OK CAPABILITY completed\r\n";
    }

    /** An answer to the next command, and a complete forged CAPA answer. */
    @Override
    public String forgedAfterPop3Stls() {
        return "+OK forged\r\nSASL " + InjectedCapabilities.INJECTED_MECHANISM + "\r\n"
                + AccessServerProfile.INJECTED_CAPABILITY + "\r\n.\r\n";
    }

    @Override
    public boolean countsBytesAheadInsideTls() {
        return true;
    }

    @Override
    public boolean handshakeFailureMeansForgedLinesReachedTls() {
        return true;
    }

    /** A client's next tag guessed from this one: the trailing number plus one, width kept (a9 -> a10, A001 -> A002). */
    static String nextTag(String tag) {
        Matcher m = TRAILING_NUMBER.matcher(tag);
        if (!m.matches()) {
            return tag + "1";
        }
        String digits = m.group(2);
        String next = new BigInteger(digits).add(BigInteger.ONE).toString();
        return m.group(1) + "0".repeat(Math.max(0, digits.length() - next.length())) + next;
    }
}
