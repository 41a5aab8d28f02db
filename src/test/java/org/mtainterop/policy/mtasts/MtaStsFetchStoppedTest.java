package org.mtainterop.policy.mtasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.policy.mtasts.MtaStsFactsFixture.compliant;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.dns.DnsAnswer;
import org.mtainterop.dns.DnsLookup;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.dns.MxHostDns;
import org.mtainterop.dns.ValidationMode;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.mtasts.DnsPolicyHostResolver;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.probe.TlsDialogueProbe;
import org.mtainterop.probe.mtasts.FetchProblem;
import org.mtainterop.probe.mtasts.MtaStsProbe;
import org.mtainterop.probe.mtasts.MxCertificate;
import org.mtainterop.probe.mtasts.PolicyFetch;
import org.mtainterop.probe.mtasts.PolicyFetcher;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * MTASTS-02 and MTASTS-03 on fetches a real {@link PolicyFetcher} made and that stopped short (a lookup without
 * answer, no address, a refused connection, a server that is no TLS, a response that is no HTTP): the kind of
 * trouble decides the outcome, the English is what it always was, and a French run says it in French.
 */
class MtaStsFetchStoppedTest {
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final String HOST = "mta-sts.example.test";
    final MtaStsPolicyFetchCheck fetchCheck = new MtaStsPolicyFetchCheck();
    final MtaStsPolicyCheck policyCheck = new MtaStsPolicyCheck();

    @Test
    void aLookupWithoutAnswerCannotBeJudgedAndNoAddressFails() {
        PolicyFetch lookup = fetcher(new DnsPolicyHostResolver(dns(DnsAnswer.noAnswer(HOST + ".", Type.A,
                Reason.of("Dns.deadline", 5000), ValidationMode.HARNESS, Duration.ofSeconds(5)))), 443).fetch("example.test");
        assertThat(lookup.stoppedBy(FetchProblem.Kind.LOOKUP_FAILED)).isTrue();
        Verdict broken = fetchCheck.judge(compliant().fetched(lookup).build());
        assertThat(broken.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(broken.message()).isEqualTo("Could not test: mta-sts.example.test: A lookup no answer: no answer"
                + " within the lookup deadline of 5000 ms");
        assertThat(french(broken)).isEqualTo("Non testé : mta-sts.example.test : recherche A sans réponse : pas de"
                + " réponse dans le délai de requête de 5000 ms");

        PolicyFetch nxdomain = fetcher(new DnsPolicyHostResolver(dns(new DnsAnswer(HOST + ".", Type.A, Rcode.NXDOMAIN,
                DnssecStatus.INSECURE, List.of(), Optional.empty(), ValidationMode.HARNESS, Duration.ZERO))), 443)
                .fetch("example.test");
        Verdict failed = fetchCheck.judge(compliant().fetched(nxdomain).build());
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.message()).isEqualTo("mta-sts.example.test has no address (mta-sts.example.test: no A or AAAA"
                + " record (NXDOMAIN)): the policy the TXT record announces cannot be fetched (RFC 8461 §3.3)");
        assertThat(french(failed)).isEqualTo("mta-sts.example.test n'a pas d'adresse (mta-sts.example.test : aucun"
                + " enregistrement A ni AAAA (NXDOMAIN)) : la politique qu'annonce l'enregistrement TXT ne peut pas être"
                + " récupérée (RFC 8461 §3.3)");

        // the words no longer decide: a resolver's own message that happens to say "lookup" is no address, failed
        PolicyFetch worded = fetcher(host -> {
            throw new IOException("lookup refused by the local policy");
        }, 443).fetch("example.test");
        assertThat(worded.stoppedBy(FetchProblem.Kind.NO_ADDRESS)).isTrue();
        assertThat(fetchCheck.judge(compliant().fetched(worded).build()).outcome()).isEqualTo(Outcome.FAILED);
        for (String text : new String[] {french(broken), french(failed)}) {
            assertThat(EnglishLeftovers.in(text)).as(text).isEmpty();
        }
    }

    @Test
    void aRefusedConnectionIsQuotedInFrenchByMtasts02And03() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            closedPort = socket.getLocalPort();
        }
        PolicyFetch refused = fetcher(host -> List.of(LOOPBACK), closedPort).fetch("example.test");
        String url = "https://mta-sts.example.test:" + closedPort + "/.well-known/mta-sts.txt";
        String where = "127.0.0.1:" + closedPort;
        Verdict fetchVerdict = fetchCheck.judge(compliant().fetched(refused).build());
        assertThat(fetchVerdict.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(fetchVerdict.message()).startsWith("Could not test: no address of mta-sts.example.test accepted a"
                + " connection on " + url + " (" + where + ": ");
        assertThat(french(fetchVerdict)).startsWith("Non testé : aucune adresse de mta-sts.example.test n'a accepté de"
                + " connexion sur " + url + " (" + where + " : ");
        Verdict policyVerdict = policyCheck.judge(compliant().fetched(refused).build());
        assertThat(policyVerdict.message()).startsWith("Could not test: no policy body was fetched (PolicyFetch[" + url
                + ", CONNECT_FAILED: " + where + ": ").endsWith(", 0 bytes]; see MTASTS-02)");
        assertThat(policyVerdict.message()).isEqualTo("Could not test: no policy body was fetched (" + refused
                + "; see MTASTS-02)");
        assertThat(french(policyVerdict)).startsWith("Non testé : aucun corps de politique n'a été récupéré"
                + " (récupération de " + url + " : connexion échouée : " + where + " : ")
                .endsWith(", 0 octets ; voir MTASTS-02)");
        String jdk = refused.problem().orElseThrow().substring(where.length() + 2); // the JDK's words, a fact
        for (String text : new String[] {french(fetchVerdict), french(policyVerdict)}) {
            assertThat(EnglishLeftovers.in(text.replace(jdk, ""))).as(text).isEmpty();
        }
    }

    @Test
    void aServerThatIsNotTlsAndAResponseThatIsNotHttpAreSaidInFrench() throws IOException {
        try (ServerSocket plain = new ServerSocket(0, 1, LOOPBACK)) {
            Thread peer = peer(() -> {
                try (Socket s = plain.accept()) {
                    s.getOutputStream().write("220 not http\r\n".getBytes(StandardCharsets.US_ASCII));
                    s.getInputStream().read(new byte[1024]);
                }
            });
            PolicyFetch notTls = fetcher(host -> List.of(LOOPBACK), plain.getLocalPort()).fetch("example.test");
            peer.join(5000);
            Verdict verdict = fetchCheck.judge(compliant().fetched(notTls).build());
            assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(verdict.message()).startsWith("mta-sts.example.test: TLS handshake: ")
                    .isEqualTo("mta-sts.example.test: " + notTls.problem().orElseThrow());
            assertThat(french(verdict)).startsWith("mta-sts.example.test : négociation TLS : ");
            assertThat(EnglishLeftovers.in(french(verdict))).as(french(verdict)).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        TestPki pki = TestPki.generate();
        try (SSLServerSocket tls = (SSLServerSocket) pki.issue(CertificateProfile.VALID, HOST).serverSslContext()
                .getServerSocketFactory().createServerSocket(0, 1, LOOPBACK)) {
            Thread peer = peer(() -> {
                try (SSLSocket s = (SSLSocket) tls.accept()) {
                    s.getInputStream().read(new byte[4096]);
                    s.getOutputStream().write("SSH-2.0-OpenSSH_9.6\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            });
            PolicyFetch notHttp = fetcher(host -> List.of(LOOPBACK), tls.getLocalPort()).fetch("example.test");
            peer.join(5000);
            assertThat(notHttp.stoppedBy(FetchProblem.Kind.MALFORMED)).as(notHttp.toString()).isTrue();
            Verdict verdict = fetchCheck.judge(compliant().fetched(notHttp).build());
            assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(verdict.message()).isEqualTo("the response from mta-sts.example.test is not valid HTTP: not an"
                    + " HTTP status line: 'SSH-2.0-OpenSSH_9.6'");
            assertThat(french(verdict)).isEqualTo("la réponse de mta-sts.example.test n'est pas du HTTP valide : pas"
                    + " une ligne de statut HTTP : « SSH-2.0-OpenSSH_9.6 »");
            assertThat(EnglishLeftovers.in(french(verdict))).as(french(verdict)).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anMxWithoutAddressIsSaidInFrench() {
        DnsAnswer none = new DnsAnswer("mx1.example.test.", Type.A, Rcode.NXDOMAIN, DnssecStatus.INSECURE, List.of(),
                Optional.empty(), ValidationMode.HARNESS, Duration.ZERO);
        MxCertificate certificate = MtaStsProbe.MxCertificateSource.starttls(new TlsDialogueProbe(new ProbeSettings(
                ProbeSettings.DEFAULT_EHLO_NAME, NetworkLimits.defaults(), TrustAnchors.none(), 1)), 25)
                .observe(new MxHostDns("mx1.example.test.", 10, none, none, none));
        assertThat(certificate.reached()).isFalse();
        assertThat(certificate.problem()).contains("mx1.example.test has no A or AAAA record");
        assertThat(certificate.said().orElseThrow().render(ReportLanguage.FR))
                .isEqualTo("mx1.example.test n'a aucun enregistrement A ni AAAA");
    }

    private static PolicyFetcher fetcher(PolicyFetcher.PolicyHostResolver resolver, int port) {
        NetworkLimits limits = NetworkLimits.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withReadTimeout(Duration.ofSeconds(2)).withSessionDeadline(Duration.ofSeconds(10));
        return new PolicyFetcher(resolver, TrustAnchors.none(), limits, Clock.systemUTC(), port);
    }

    /** A DNS layer that gives {@code a} for A and no AAAA record. */
    private static DnsLookup dns(DnsAnswer a) {
        return new DnsLookup() {
            @Override
            public DnsAnswer lookup(String name, int type) {
                return type == Type.A ? a : new DnsAnswer(name, type, a.rcode() == DnsAnswer.NO_RCODE ? Rcode.NOERROR
                        : a.rcode(), DnssecStatus.INSECURE, List.of(), Optional.empty(), ValidationMode.HARNESS, Duration.ZERO);
            }

            @Override
            public ValidationMode mode() {
                return ValidationMode.HARNESS;
            }
        };
    }

    /** What the server side does, on its own thread. */
    private interface Side {
        void run() throws IOException;
    }

    private static Thread peer(Side side) {
        Thread thread = new Thread(() -> {
            try {
                side.run();
            } catch (IOException ignored) {
                // the fetcher hung up
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String french(Verdict verdict) {
        return verdict.reason().render(ReportLanguage.FR);
    }
}
