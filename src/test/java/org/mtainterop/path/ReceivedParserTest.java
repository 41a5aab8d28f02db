package org.mtainterop.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.path.ReceivedHop.Transport;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;

/**
 * The Received parser on real headers captured from the test bed's containers (Postfix 3.7 submission and MX,
 * Dovecot 2.3 LMTP, Exim 4.96, OpenSMTPD 7.6: {@code src/test/resources/org/mtainterop/path/received/}), on the
 * RFC 5321 §4.4 / RFC 8314 forms, and on hostile input.
 */
class ReceivedParserTest {

    private static ReceivedChain fixture(String name) throws IOException {
        try (InputStream in = ReceivedParserTest.class.getResourceAsStream("received/" + name)) {
            return ReceivedChain.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void postfixSubmissionPostfixMxDovecotLmtps() throws IOException {
        ReceivedChain chain = fixture("postfix-submission-to-postfix-to-dovecot-lmtps.eml");
        assertThat(chain.complete()).isTrue();
        assertThat(chain.hops()).hasSize(3).allMatch(h -> h.transport() == Transport.TLS);
        ReceivedHop submission = chain.hops().get(0);
        assertThat(submission.index()).isEqualTo(1);
        assertThat(submission.protocol()).contains("ESMTPSA");
        assertThat(submission.fromName()).contains("[127.0.0.1]");
        assertThat(submission.fromAddress()).contains("172.18.0.1"); // TCP-info wins over the HELO literal
        assertThat(submission.byName()).contains("mx.a.test");
        assertThat(submission.tlsVersion()).contains("TLSv1.3");
        assertThat(submission.cipher()).contains("TLS_AES_256_GCM_SHA384");
        ReceivedHop relay = chain.hops().get(1);
        assertThat(relay.fromName()).contains("mx.a.test");
        assertThat(relay.fromAddress()).contains("172.18.0.5");
        assertThat(relay.byName()).contains("mx.b.test");
        assertThat(relay.protocol()).contains("ESMTPS");
        ReceivedHop lmtp = chain.hops().get(2);
        assertThat(lmtp.protocol()).contains("LMTPS");
        assertThat(lmtp.fromAddress()).contains("172.18.0.4");
        assertThat(lmtp.byName()).contains("imap.b.test");
        assertThat(lmtp.tlsVersion()).contains("TLSv1.3");
        assertThat(lmtp.date()).isPresent();
        assertThat(Duration.between(submission.date().get(), lmtp.date().get())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
        assertThat(relay.describe()).isEqualTo(
                "hop 2: mx.a.test [172.18.0.5] → mx.b.test with ESMTPS, TLSv1.3 TLS_AES_256_GCM_SHA384");
    }

    @Test
    void postfixCleartextHopIsNamed() throws IOException {
        ReceivedChain chain = fixture("postfix-cleartext-esmtp.eml");
        assertThat(chain.hops()).extracting(ReceivedHop::transport).containsExactly(Transport.CLEARTEXT, Transport.TLS);
        ReceivedHop hop = chain.hops().get(0);
        assertThat(hop.protocol()).contains("ESMTP");
        assertThat(hop.tlsVersion()).isEmpty();
        assertThat(hop.describe()).isEqualTo("hop 1: relay.a.test [172.18.0.1] → mx.b.test with ESMTP, no TLS");
    }

    @Test
    void postfixPickupIsLocal() throws IOException {
        ReceivedChain chain = fixture("postfix-local-pickup.eml");
        assertThat(chain.hops()).extracting(ReceivedHop::transport)
                .containsExactly(Transport.LOCAL, Transport.TLS, Transport.TLS);
        assertThat(chain.hops().get(0).byName()).contains("mx.a.test");
        assertThat(chain.hops().get(0).fromAddress()).isEmpty();
    }

    @Test
    void exim() throws IOException {
        ReceivedHop tls = fixture("exim-esmtps.eml").hops().get(0);
        assertThat(tls.transport()).isEqualTo(Transport.TLS);
        assertThat(tls.protocol()).contains("esmtps");
        assertThat(tls.fromName()).contains("[172.18.0.1]");
        assertThat(tls.fromAddress()).contains("172.18.0.1");
        assertThat(tls.tlsVersion()).contains("TLSv1.3");
        assertThat(tls.cipher()).contains("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
        ReceivedHop clear = fixture("exim-esmtp.eml").hops().get(0);
        assertThat(clear.transport()).isEqualTo(Transport.CLEARTEXT);
        assertThat(clear.byName()).contains("mx.exim.test");
    }

    @Test
    void openSmtpd() throws IOException {
        ReceivedHop tls = fixture("opensmtpd-esmtps.eml").hops().get(0);
        assertThat(tls.transport()).isEqualTo(Transport.TLS);
        assertThat(tls.fromName()).contains("relay.a.test");
        assertThat(tls.fromAddress()).contains("172.18.0.1");
        assertThat(tls.tlsVersion()).contains("TLSv1.3");
        assertThat(tls.cipher()).contains("TLS_AES_256_GCM_SHA384");
        assertThat(fixture("opensmtpd-esmtp.eml").hops().get(0).transport()).isEqualTo(Transport.CLEARTEXT);
    }

    @Test
    void rfcForms() {
        // RFC 5321 §4.4 with an address literal in TCP-info, RFC 8314 §4.3 ESMTPSA, RFC 3848 types, IPv6 literal
        assertThat(ReceivedParser.parse(1, "from client.example (client.example [192.0.2.7]) by submit.example"
                + " with ESMTPSA id abc; Tue, 1 Dec 2026 10:00:00 +0100").transport()).isEqualTo(Transport.TLS);
        ReceivedHop v6 = ReceivedParser.parse(1, "from [IPv6:2001:db8::25] by mx.example with UTF8SMTPS;"
                + " Tue, 1 Dec 2026 10:00:00 +0000");
        assertThat(v6.fromAddress()).contains("2001:db8::25");
        assertThat(v6.transport()).isEqualTo(Transport.TLS);
        assertThat(ReceivedParser.parse(1, "from a.example ([192.0.2.1]) by b.example with LMTP id 1;"
                + " Tue, 1 Dec 2026 10:00:00 +0000").transport()).isEqualTo(Transport.CLEARTEXT);
        assertThat(ReceivedParser.parse(1, "from a.example ([192.0.2.1]) by b.example with ESMTPA;"
                + " Tue, 1 Dec 2026 10:00:00 +0000").transport()).isEqualTo(Transport.CLEARTEXT);
        assertThat(ReceivedParser.parse(1, "by mx.example with local (Exim 4.96) id 1; Tue, 1 Dec 2026 10:00:00 +0000")
                .transport()).isEqualTo(Transport.LOCAL);
        // older OpenSMTPD and Exim statements
        ReceivedHop oldOpensmtpd = ReceivedParser.parse(1, "from a.example (a.example [192.0.2.1]) by b.example"
                + " (OpenSMTPD) with ESMTPS id 1 (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO);"
                + " Tue, 1 Dec 2026 10:00:00 +0000");
        assertThat(oldOpensmtpd.tlsVersion()).contains("TLSv1.2");
        assertThat(oldOpensmtpd.cipher()).contains("ECDHE-RSA-AES256-GCM-SHA384");
        ReceivedHop oldExim = ReceivedParser.parse(1, "from [192.0.2.1] (helo=a.example) by b.example with esmtps"
                + " (TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256) (Exim 4.92) id 1; Tue, 1 Dec 2026 10:00:00 +0000");
        assertThat(oldExim.tlsVersion()).contains("TLSv1.2");
        assertThat(oldExim.cipher()).contains("ECDHE-RSA-AES256-GCM-SHA384");
    }

    @Test
    void whatIsNotPlainIsUnparseableWithTheReason() {
        assertThat(problem("from a.example by b.example with ESMTPS")).contains("no ';'");
        assertThat(problem("from a.example ([192.0.2.1]) by b.example; Tue, 1 Dec 2026 10:00:00 +0000"))
                .contains("no WITH clause");
        assertThat(problem("from a.example with ESMTPS; Tue, 1 Dec 2026 10:00:00 +0000")).contains("no BY clause");
        assertThat(problem("from a.example by b.example with ESMTP (using TLSv1.3 with cipher X); Tue, 1 Dec 2026"))
                .contains("inconsistent");
        assertThat(problem("from a.example by b.example with QUANTUM; Tue, 1 Dec 2026 10:00:00 +0000"))
                .contains("not a mail transmission type");
        assertThat(problem("from a.example ([192.0.2.1]) ([192.0.2.2]) by b.example with ESMTPS; Tue, 1 Dec 2026"))
                .contains("2 addresses");
        assertThat(problem("from a.example ([999.1.1.1]) by b.example with ESMTPS; Tue, 1 Dec 2026"))
                .contains("not an IP address");
        assertThat(problem("from a.example (unclosed by b.example with ESMTPS; x")).contains("unbalanced");
        assertThat(problem("garbage from a.example by b.example with ESMTPS; x")).contains("starts with 'garbage'");
        assertThat(problem("from a.example by b.example by c.example with ESMTPS; x")).contains("two BY");
        assertThat(problem("from a\u0000example by b.example with ESMTPS; x")).contains("control character U+0000");
        assertThat(problem("from a\uFFFD.example by b.example with ESMTPS; x")).contains("broken encoding");
        assertThat(problem("from <a@b> by b.example with ESMTPS; x")).contains("neither a domain");
    }

    @Test
    void whyAFieldIsNotReadIsSaidInFrenchAndUnchangedInEnglish() {
        String[][] cases = {
            {"from a.example ([192.0.2.1]) ([192.0.2.2]) by b.example with ESMTPS; Tue, 1 Dec 2026",
                "the FROM clause names 2 addresses [192.0.2.1, 192.0.2.2]: which one connected is not plain",
                "la clause FROM nomme 2 adresses [192.0.2.1, 192.0.2.2] : on ne peut dire laquelle s'est connectée"},
            {"from a.example ([192.0.2.1]) by b.example; Tue, 1 Dec 2026 10:00:00 +0000",
                "no WITH clause: the field does not say how the message came (ESMTPS or ESMTP, RFC 3848)",
                "pas de clause WITH : le champ ne dit pas comment le message est arrivé (ESMTPS ou ESMTP, RFC 3848)"},
            {"from a.example by b.example with ESMTP (using TLSv1.3 with cipher X); Tue, 1 Dec 2026",
                "inconsistent: WITH ESMTP (no TLS) but the field states TLSv1.3",
                "incohérent : WITH ESMTP (sans TLS), mais le champ indique TLSv1.3"},
            {"from a.example by b.example with QUANTUM; Tue, 1 Dec 2026 10:00:00 +0000",
                "WITH 'QUANTUM' is not a mail transmission type this harness knows (RFC 3848, RFC 8314 §4.3)",
                "WITH 'QUANTUM' n'est pas un type de transmission de courrier que le harnais connaît (RFC 3848, RFC 8314 §4.3)"},
            {"from <a@b> by b.example with ESMTPS; x", "FROM '<a@b>' is neither a domain nor an address literal",
                "FROM '<a@b>' n'est ni un domaine ni une adresse littérale"},
            {"from a.example by b.example with ESMTPS", "no ';' before a date (RFC 5321 §4.4 Stamp)",
                "pas de ';' avant une date (RFC 5321 §4.4 Stamp)"},
            {"from a\u0000example by b.example with ESMTPS; x", "control character U+0000 at 6",
                "caractère de contrôle U+0000 à la position 6"},
            {"from a.example (unclosed by b.example with ESMTPS; x",
                "unbalanced parentheses or comments nested deeper than 8",
                "parenthèses déséquilibrées ou commentaires imbriqués sur plus de 8 niveaux"},
        };
        for (String[] c : cases) {
            ReceivedHop hop = ReceivedParser.parse(3, c[0]);
            assertThat(hop.problem()).as(c[0]).isEqualTo(c[1]);
            assertThat(hop.said().render(ReportLanguage.FR)).as(c[0]).isEqualTo(c[2]);
            assertThat(hop.described().render(ReportLanguage.FR)).startsWith("saut 3 : illisible : " + c[2] + " : « ");
            assertThat(EnglishLeftovers.in(c[2])).as(c[2]).isEmpty();
        }
        assertThat(ReceivedParser.parse(1, "by b.example with ESMTPS; x").said()).isEqualTo(Reason.NONE);
    }

    private static String problem(String value) {
        ReceivedHop hop = ReceivedParser.parse(1, value);
        assertThat(hop.transport()).isEqualTo(Transport.UNPARSEABLE);
        assertThat(hop.describe()).startsWith("hop 1: unparseable: ");
        return hop.problem();
    }

    @Test
    void hostileHeadersAreBounded() {
        String huge = "from a.example by b.example with ESMTPS (" + "x".repeat(2_000_000) + "); Tue, 1 Dec 2026";
        long start = System.nanoTime();
        ReceivedChain one = ReceivedChain.of("Received: " + huge + "\r\n\r\nbody");
        assertThat(one.cut()).isTrue();
        assertThat(one.hops()).singleElement().satisfies(h -> assertThat(h.problem()).contains("longer than"));
        StringBuilder thousands = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            thousands.append("Received: from h").append(i).append(".example ([192.0.2.1]) by h").append(i + 1)
                    .append(".example with ESMTPS; Tue, 1 Dec 2026 10:00:00 +0000\r\n");
        }
        ReceivedChain loop = ReceivedChain.of(thousands.toString());
        assertThat(loop.hops()).hasSize(ReceivedChain.MAX_HOPS);
        assertThat(loop.notRead()).isEqualTo(5000 - ReceivedChain.MAX_HOPS);
        assertThat(loop.complete()).isFalse();
        assertThat(loop.describe()).contains("4900 further Received fields not read");
        String deep = "from a.example " + "(".repeat(100_000) + ")".repeat(100_000) + " by b.example with ESMTPS; x";
        assertThat(ReceivedChain.of("Received: " + deep).hops().get(0).problem()).isNotEmpty();
        String folded = "Received: from a.example\r\n" + " (x)\r\n".repeat(200_000) + " by b.example with ESMTPS; x\r\n";
        assertThat(ReceivedChain.of(folded).hops().get(0).transport()).isEqualTo(Transport.UNPARSEABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void noReceivedFieldAtAll() {
        ReceivedChain none = ReceivedChain.of("From: a@b\r\nSubject: x\r\n\r\n");
        assertThat(none.hops()).isEmpty();
        assertThat(none.describe()).contains("no Received field");
        assertThat(ReceivedChain.of("").hops()).isEmpty();
        assertThat(Optional.of(none.unparseable())).get().asList().isEmpty();
        assertThat(List.of()).isEmpty();
    }
}
