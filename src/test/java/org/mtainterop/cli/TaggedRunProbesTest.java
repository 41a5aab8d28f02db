package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;

/**
 * A run narrowed with {@code --tags} makes only the connections its requirements need, counted at a
 * compliant MX on loopback: one STARTTLS session for CERT-01; the raw-hello enumeration for TLS-CS-01. A run
 * without {@code --tags} is narrowed the same way to its profile's scenarios.
 */
class TaggedRunProbesTest {
    private static final TestPki PKI = TestPki.generate();
    private AdversarialReceiver mx;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        mx = AdversarialReceiver.start(AdversarialReceiver.Settings.of(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "mx.partner.test",
                AdversarialProfile.COMPLIANT), PKI);
    }

    @AfterEach
    void stop() {
        mx.close();
    }

    @Test
    void oneCertificateRequirementCostsOneSession() throws Exception {
        String out = run("@REQ-CERT-01");
        assertThat(out).contains("CERT-01").doesNotContain("CERT-02").doesNotContain("TLS-CS-01");
        assertThat(sessionsWhenQuiet()).as("sessions the MX saw").isEqualTo(1);
    }

    @Test
    void aSuiteRequirementEnumeratesButMakesNoOtherHandshake() throws Exception {
        String out = run("@REQ-TLS-CS-01");
        assertThat(out).contains("TLS-CS-01").doesNotContain("CERT-08");
        int sessions = sessionsWhenQuiet();
        long handshakes = mx.sessions().stream().filter(s -> s.tls().isPresent()).count();
        assertThat(sessions).as("raw hellos and the dialogue").isGreaterThan(10);
        assertThat(handshakes).as("completed handshakes: the modern dialogue only").isEqualTo(1);
    }

    /**
     * Without {@code --tags} a run probes for its profile's scenarios: the pilot's versions and suites, not the whole
     * enumeration, no session-ticket or STARTTLS-argument session; the verdicts they share with ANSSI's are the same.
     */
    @Test
    void aPilotRunProbesForThePilotsRequirementsOnly() throws Exception {
        String pilot = runProfile("pilot");
        int pilotSessions = sessionsWhenQuiet();
        mx.close();
        start();
        String anssi = runProfile("anssi");
        int anssiSessions = sessionsWhenQuiet();
        assertThat(pilot).contains("PASSED   TLS-CS-01", "PASSED   TLS-VER-01").doesNotContain("TLS-KX-01");
        assertThat(anssi).contains("PASSED   TLS-CS-01", "PASSED   TLS-VER-01", "TLS-KX-01");
        assertThat(pilotSessions).as("connections of a pilot run, against %s of an ANSSI run", anssiSessions)
                .isGreaterThan(10).isLessThan(anssiSessions * 2 / 3);
    }

    @Test
    void aMalformedOrEmptySelectionIsAUsageErrorNamingTheOption() throws Exception {
        StringWriter err = new StringWriter();
        assertThat(execute("@REQ-CERT-01 and (", err)).isEqualTo(2);
        assertThat(err.toString()).contains("--tags '@REQ-CERT-01 and (' is not a tag expression");
        err = new StringWriter();
        assertThat(execute("@REQ-NO-SUCH-REQUIREMENT", err)).isEqualTo(2);
        assertThat(err.toString()).contains("no scenario matches --tags '@REQ-NO-SUCH-REQUIREMENT'");
        assertThat(sessionsWhenQuiet()).as("nothing to judge, nothing probed").isZero();
    }

    private int execute(String tags, StringWriter err) throws Exception {
        Path ca = dir.resolve("ca.pem");
        Files.writeString(ca, PemCodec.encodeCertificate(PKI.rootCertificate()));
        return MtaInteropCommand.execute(new String[] {"run", "--target", "127.0.0.1:" + mx.port(),
                "--mx-name", "mx.partner.test", "--trust-ca", ca.toString(), "--tags", tags, "--min-interval", "0",
                "--no-html", "--report-dir", dir.resolve("report").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    private String run(String tags) throws Exception {
        Path ca = dir.resolve("ca.pem");
        Files.writeString(ca, PemCodec.encodeCertificate(PKI.rootCertificate()));
        StringWriter out = new StringWriter();
        int code = MtaInteropCommand.execute(new String[] {"run", "--target", "127.0.0.1:" + mx.port(),
                "--mx-name", "mx.partner.test", "--trust-ca", ca.toString(), "--profile", "modern", "--tags", tags,
                "--min-interval", "0", "--no-html", "--report-dir", dir.resolve("report").toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).as(out::toString).isZero();
        return out.toString();
    }

    private String runProfile(String profile) throws Exception {
        Path ca = dir.resolve("ca.pem");
        Files.writeString(ca, PemCodec.encodeCertificate(PKI.rootCertificate()));
        StringWriter out = new StringWriter();
        int code = MtaInteropCommand.execute(new String[] {"run", "--target", "127.0.0.1:" + mx.port(),
                "--mx-name", "mx.partner.test", "--trust-ca", ca.toString(), "--profile", profile,
                "--min-interval", "0", "--no-html", "--report-dir", dir.resolve("report-" + profile).toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).as(out::toString).isLessThanOrEqualTo(1);
        return out.toString();
    }

    private int sessionsWhenQuiet() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        int seen = -1;
        while (Instant.now().isBefore(until)) {
            Thread.sleep(300);
            int now = mx.sessions().size();
            if (now == seen) {
                return now;
            }
            seen = now;
        }
        return seen;
    }
}
