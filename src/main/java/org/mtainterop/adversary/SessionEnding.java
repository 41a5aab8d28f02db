package org.mtainterop.adversary;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.tls.HandshakeFailure;

/**
 * How a client's session with a harness server ended ({@code SessionFacts.ending()}, {@code AccessSessionFacts.ending()})
 * as a verdict words it: the receiver and the adversarial servers note the ending in English, as the transcript keeps
 * it (« client closed the connection », « cut off: session longer than 30 s », « TLS handshake did not complete: … »);
 * here each of their shapes becomes its message key, the facts in it (a handshake failure, a JDK message, a reply
 * token) kept as facts. A shape is kept only if its English gives the text back byte for byte, so English reports say
 * what they always said; an ending of no known shape is a fact (QUIT, a protocol token).
 */
public final class SessionEnding {

    private record Shape(Pattern text, Function<Matcher, Reason> reason) {
        Shape(String regex, Function<Matcher, Reason> reason) {
            this(Pattern.compile(regex, Pattern.DOTALL), reason);
        }
    }

    private static final List<Shape> ENDINGS = List.of(
            new Shape("^client closed the connection$", m -> Reason.of("SessionEnding.clientClosed")),
            new Shape("^client said goodbye$", m -> Reason.of("SessionEnding.saidGoodbye")),
            new Shape("^client began TLS on the plaintext greeting \\(closed by the server\\)$",
                    m -> Reason.of("SessionEnding.tlsOnPlaintextGreeting")),
            new Shape("^TLS handshake did not complete \\(connection closed\\)$",
                    m -> Reason.of("SessionEnding.handshakeClosed")),
            new Shape("^TLS handshake did not complete: (.*)$",
                    m -> Reason.of("SessionEnding.handshakeIncomplete", HandshakeFailure.of(m.group(1)))),
            new Shape("^the client sent nothing where its ClientHello was due \\((.*)\\)$",
                    m -> Reason.of("SessionEnding.nothingWhereHelloDue", Reason.fact(m.group(1)))),
            new Shape("^cut off: (.*)$", m -> Reason.of("SessionEnding.cutOff", cutOff(m.group(1)))),
            new Shape("^connection ended: (.*)$", m -> Reason.of("SessionEnding.connectionEnded", Reason.fact(m.group(1)))));

    private static final List<Shape> CUT_OFFS = List.of(
            new Shape("^session longer than (\\d{1,9}) s$", m -> Reason.of("SessionEnding.longerThan", Long.parseLong(m.group(1)))),
            new Shape("^no complete line within (\\d{1,9}) s$", m -> Reason.of("SessionEnding.noLineSeconds",
                    Long.parseLong(m.group(1)))),
            new Shape("^no complete line within (\\d{1,9}) ms$", m -> Reason.of("SessionEnding.noLineMillis",
                    Long.parseLong(m.group(1)))),
            new Shape("^client line longer than (\\d{1,9}) octets$", m -> Reason.of("SessionEnding.lineTooLong",
                    Long.parseLong(m.group(1)))),
            new Shape("^non-synchronising literal of (\\d{1,12}) bytes exceeds (\\d{1,12})$",
                    m -> Reason.of("SessionEnding.literalTooLarge", Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))),
            new Shape("^command with literals longer than (\\d{1,12}) bytes$",
                    m -> Reason.of("SessionEnding.literalsTooLong", Long.parseLong(m.group(1)))));

    private SessionEnding() {
    }

    /** {@code ending} as the servers note it, as a reason in the report's language. */
    public static Reason of(String ending) {
        return shaped(ending, ENDINGS);
    }

    private static Reason cutOff(String why) {
        return shaped(why, CUT_OFFS);
    }

    private static Reason shaped(String text, List<Shape> shapes) {
        String t = text == null ? "" : text;
        for (Shape s : shapes) {
            Matcher m = s.text().matcher(t);
            if (m.matches()) {
                Reason r = s.reason().apply(m);
                if (r.render(ReportLanguage.EN).equals(t)) {
                    return r;
                }
            }
        }
        return Reason.fact(t);
    }
}
