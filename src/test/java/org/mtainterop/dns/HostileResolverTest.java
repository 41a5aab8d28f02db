package org.mtainterop.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Type;

/**
 * Every lookup against a misbehaving resolver (in-process, on loopback) ends within its bounds as
 * NO_ANSWER or SERVFAIL with a reason saying what happened, in both validation modes; a truncated reply is
 * retried over TCP.
 */
class HostileResolverTest {
    private static final Duration PER_QUERY = Duration.ofMillis(400);
    private static final Duration DEADLINE = Duration.ofMillis(1500);

    @TempDir
    Path dir;

    private DnsLookup adBit(HostileDnsResponder peer) {
        return DnsLookups.create(DnsResolverSettings.resolver(peer.address()).withTimeouts(PER_QUERY, DEADLINE));
    }

    private DnsLookup harness(HostileDnsResponder peer) throws Exception {
        Path anchor = dir.resolve("anchor.ds");
        Files.writeString(anchor, "test. 3600 IN DS 4242 13 2 "
                + "8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1\n");
        return DnsLookups.create(DnsResolverSettings.resolver(peer.address()).withTrustAnchor(anchor)
                .withTimeouts(PER_QUERY, DEADLINE));
    }

    private static DnsAnswer timed(DnsLookup dns) {
        long start = System.nanoTime();
        DnsAnswer answer = dns.lookup("mx.hostile.test", Type.A);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("bounded by the deadline: " + answer.evidence()).isLessThan(DEADLINE.plusMillis(700));
        return answer;
    }

    @Test
    void aSilentResolverIsNoAnswerAfterTheTimeoutWithOneRetry() throws Exception {
        try (HostileDnsResponder peer = new HostileDnsResponder(HostileDnsResponder.Behaviour.SILENT)) {
            DnsAnswer answer = timed(adBit(peer));
            assertThat(answer.status()).isEqualTo(DnssecStatus.NO_ANSWER);
            assertThat(answer.reason().orElseThrow()).contains("no reply within", "UDP");
            assertThat(answer.rcode()).isEqualTo(DnsAnswer.NO_RCODE);
            assertThat(peer.udpQueries.get()).isEqualTo(2);
            String server = BoundedResolver.describe(peer.address());
            assertThat(answer.reason().orElseThrow()).isEqualTo("no reply within 400 ms over UDP from " + server);
            assertThat(answer.said().orElseThrow().render(ReportLanguage.FR))
                    .isEqualTo("pas de réponse de " + server + " en 400 ms sur UDP");

            DnsAnswer validated = timed(harness(peer));
            assertThat(validated.status()).isEqualTo(DnssecStatus.NO_ANSWER);
            assertThat(validated.reason().orElseThrow()).contains("no reply within");
            String french = validated.said().orElseThrow().render(ReportLanguage.FR);
            assertThat(french).startsWith("mx.hostile.test. A : pas de réponse de " + server + " en ").endsWith(" ms sur UDP");
            assertThat(EnglishLeftovers.in(french)).as(french).isEmpty();
        }
    }

    @Test
    void aTruncatedReplyIsRetriedOverTcp() throws Exception {
        try (HostileDnsResponder peer = new HostileDnsResponder(HostileDnsResponder.Behaviour.TRUNCATED_THEN_TCP_ANSWERS)) {
            DnsAnswer answer = timed(adBit(peer));
            assertThat(answer.status()).as(answer.evidence()).isEqualTo(DnssecStatus.INSECURE);
            assertThat(answer.recordsOf(ARecord.class)).singleElement()
                    .satisfies(a -> assertThat(a.getAddress().getHostAddress()).isEqualTo(HostileDnsResponder.ADDRESS));
            assertThat(peer.tcpConnections.get()).isEqualTo(1);
        }
    }

    @Test
    void aTruncatedReplyWhoseTcpRetryFailsIsNoAnswerSayingBoth() throws Exception {
        try (HostileDnsResponder peer = new HostileDnsResponder(HostileDnsResponder.Behaviour.TRUNCATED_TCP_CLOSED)) {
            DnsAnswer answer = timed(adBit(peer));
            assertThat(answer.status()).isEqualTo(DnssecStatus.NO_ANSWER);
            assertThat(answer.reason().orElseThrow()).contains("truncated reply over UDP", "TCP retry failed");
            String french = answer.said().orElseThrow().render(ReportLanguage.FR);
            assertThat(french).startsWith("réponse tronquée sur UDP (bit TC), et la nouvelle tentative sur TCP a échoué : ");
            DnsAnswer validated = timed(harness(peer));
            assertThat(validated.status()).isEqualTo(DnssecStatus.NO_ANSWER);
            assertThat(validated.reason().orElseThrow()).contains("truncated");
            assertThat(validated.said().orElseThrow().render(ReportLanguage.FR)).contains("réponse tronquée sur UDP (bit TC)");
        }
    }

    @ParameterizedTest
    @EnumSource(value = HostileDnsResponder.Behaviour.class, names = {"MALFORMED", "WRONG_ID", "WRONG_QUESTION"})
    void aReplyThatIsNotAnAnswerToTheQueryIsNoAnswerWithTheReason(HostileDnsResponder.Behaviour behaviour) throws Exception {
        try (HostileDnsResponder peer = new HostileDnsResponder(behaviour)) {
            for (DnsLookup dns : new DnsLookup[] {adBit(peer), harness(peer)}) {
                DnsAnswer answer = timed(dns);
                assertThat(answer.status()).as(dns.mode() + " " + answer.evidence()).isEqualTo(DnssecStatus.NO_ANSWER);
                String expected = switch (behaviour) {
                    case WRONG_ID -> "wrong message ID";
                    case WRONG_QUESTION -> "invalid name";
                    default -> "malformed reply";
                };
                assertThat(answer.reason().orElseThrow()).as(dns.mode().name()).contains(expected);
                String french = answer.said().orElseThrow().render(ReportLanguage.FR);
                assertThat(french).as(dns.mode().name()).contains(switch (behaviour) {
                    case WRONG_ID -> "réponse portant un mauvais identifiant de message sur UDP (";
                    default -> "sur UDP : ";
                }).doesNotContain("over UDP", "reply");
                assertThat(answer.exists()).isFalse();
            }
        }
    }

    @Test
    void aResolversServfailIsServfailNeverAnEmptyAnswer() throws Exception {
        try (HostileDnsResponder peer = new HostileDnsResponder(HostileDnsResponder.Behaviour.SERVFAIL)) {
            for (DnsLookup dns : new DnsLookup[] {adBit(peer), harness(peer)}) {
                DnsAnswer answer = timed(dns);
                assertThat(answer.status()).as(dns.mode() + " " + answer.evidence()).isEqualTo(DnssecStatus.SERVFAIL);
                assertThat(answer.reason().orElseThrow()).contains("SERVFAIL");
                String french = answer.said().orElseThrow().render(ReportLanguage.FR);
                assertThat(french).as(dns.mode().name()).startsWith("le résolveur ").contains(" a répondu SERVFAIL");
                assertThat(EnglishLeftovers.in(french)).as(french).isEmpty();
            }
        }
    }

    @Test
    void nothingListeningIsNoAnswerWithinTheDeadline() throws Exception {
        HostileDnsResponder peer = new HostileDnsResponder(HostileDnsResponder.Behaviour.SILENT);
        DnsLookup dns = adBit(peer);
        peer.close();
        DnsAnswer answer = timed(dns);
        assertThat(answer.status()).isEqualTo(DnssecStatus.NO_ANSWER);
        assertThat(answer.reason()).isPresent();
    }
}
