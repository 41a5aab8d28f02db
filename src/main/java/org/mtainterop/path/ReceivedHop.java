package org.mtainterop.path;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mtainterop.net.Printable;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * One Received field read as a hop (RFC 5321 §4.4): who handed the message over ({@code from}, the address the
 * receiving server saw), who took it ({@code by}), how ({@code with}: the mail transmission type of RFC 3848 and
 * RFC 8314 §4.3: ESMTPS, ESMTPSA, LMTPS…) and, where the server stated them, the TLS version and cipher. A field
 * that does not say these things plainly is {@link Transport#UNPARSEABLE} with the reason; nothing is guessed.
 *
 * @param index       1 for the oldest field (the submission hop), counting towards the mailbox
 * @param raw         the unfolded field value, bounded and escaped for reports
 * @param fromAddress the TCP peer's address the receiving server recorded (TCP-info, or an address literal)
 * @param said        why an unparseable field is not read, in the report's language ({@link #problem()} its English
 *                    words); {@link Reason#NONE} for a parsed one
 */
public record ReceivedHop(int index, String raw, Transport transport, Optional<String> fromName,
                          Optional<String> fromAddress, Optional<String> byName, Optional<String> protocol,
                          Optional<String> tlsVersion, Optional<String> cipher, Optional<OffsetDateTime> date,
                          Reason said) {

    /** How the hop carried the message. */
    public enum Transport {
        /** over TLS: a transmission type ending in S or SA, or a TLS version stated beside it */
        TLS,
        /** over the network without TLS: SMTP, ESMTP, ESMTPA, LMTP… with no TLS stated */
        CLEARTEXT,
        /** handed over inside one host (Postfix pickup, Exim "with local"): no network between */
        LOCAL,
        /** the field does not say plainly what happened; {@code said} says why */
        UNPARSEABLE
    }

    public ReceivedHop {
        Objects.requireNonNull(said, "said");
        if ((transport == Transport.UNPARSEABLE) == said.equals(Reason.NONE)) {
            throw new IllegalArgumentException("an unparseable hop has a problem, a parsed one none");
        }
    }

    static ReceivedHop unparseable(int index, String raw, Reason said) {
        return new ReceivedHop(index, Printable.excerpt(raw, 600), Transport.UNPARSEABLE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), said);
    }

    /** Why the field is not read, in English (as the path matrix's JSON writes it); empty for a parsed one. */
    public String problem() {
        return said.render(ReportLanguage.EN);
    }

    /** A hop across a network (TLS or not), as opposed to a local hand-over or an unreadable field. */
    public boolean overNetwork() {
        return transport == Transport.TLS || transport == Transport.CLEARTEXT;
    }

    /**
     * One line a partner reads, in English: {@code hop 2: mx.a.test [172.18.0.5] → mx.b.test with ESMTPS, TLSv1.3
     * TLS_AES_256_GCM_SHA384}; an unparseable one: {@code hop 3: unparseable: no BY clause: "…"}.
     */
    public String describe() {
        return described().render(ReportLanguage.EN);
    }

    /** The same line in the report's language; names, addresses, protocols and suites stay facts. */
    public Reason described() {
        if (transport == Transport.UNPARSEABLE) {
            return Reason.of("ReceivedHop.unparseable", index, said, Printable.excerpt(raw, 160));
        }
        Reason from = Reason.join("", List.of(fromName.map(Reason::fact).orElse(Reason.of("ReceivedHop.noFrom")),
                Reason.fact(fromAddress.map(a -> " [" + a + "]").orElse(""))));
        Reason with = protocol.map(p -> Reason.of("ReceivedHop.with", p)).orElse(Reason.NONE);
        Reason how = switch (transport) {
            case TLS -> Reason.join("", List.of(with, Reason.fact(tlsVersion.map(v -> ", " + v).orElse(", TLS")
                    + cipher.map(c -> " " + c).orElse(""))));
            case CLEARTEXT -> Reason.join("", List.of(with, Reason.of("ReceivedHop.noTls")));
            case LOCAL -> protocol.map(p -> Reason.of("ReceivedHop.localWith", p)).orElse(Reason.of("ReceivedHop.local"));
            case UNPARSEABLE -> Reason.NONE;
        };
        String by = byName.orElse("?");
        return transport == Transport.LOCAL && fromName.isEmpty() ? Reason.of("ReceivedHop.hopInside", index, by, how)
                : Reason.of("ReceivedHop.hop", index, from, by, how);
    }
}
