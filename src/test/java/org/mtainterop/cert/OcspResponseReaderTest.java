package org.mtainterop.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.cert.StapledOcspResponse.SignatureStatus;

/**
 * The reader on responses made by {@code openssl ocsp} as a responder over an index file, the way the Exim reference
 * image makes the response it staples: signed by the issuer, by a responder it delegated, by a responder of another
 * CA; for the leaf or another serial; good or revoked; and bytes that are no response at all.
 */
class OcspResponseReaderTest {
    @TempDir
    static Path dir;
    private static List<byte[]> chain;

    @BeforeAll
    static void makeAPki() throws Exception {
        assumeTrue(run("openssl", "version") == 0, "openssl is not installed");
        Files.writeString(dir.resolve("ext.cnf"), """
                [ca]
                basicConstraints=critical,CA:true
                keyUsage=critical,keyCertSign,cRLSign
                [leaf]
                subjectAltName=DNS:mx.reader.test
                [ocsp]
                keyUsage=critical,digitalSignature
                extendedKeyUsage=OCSPSigning
                """);
        ca("ca", "Reader Test CA");
        ca("other", "Reader Other CA");
        issue("leaf", "mx.reader.test", "ca", "leaf");
        issue("delegate", "Reader OCSP", "ca", "ocsp");
        issue("stranger", "Stranger OCSP", "other", "ocsp");
        issue("plain", "Not A Responder", "ca", "leaf");
        chain = List.of(der("leaf.pem"), der("ca.pem"));
    }

    @Test
    void aGoodResponseSignedByTheIssuer() throws Exception {
        StapledOcspResponse r = read(respond("V", "-cert", "leaf.pem", "ca"));
        assertThat(r.unreadable()).isEmpty();
        assertThat(r.responseStatus()).isEqualTo("successful");
        assertThat(r.responder()).isEqualTo("byName CN=Reader Test CA");
        assertThat(r.signature().status()).isEqualTo(SignatureStatus.BY_ISSUER);
        StapledOcspResponse.Single leaf = r.forLeaf().orElseThrow();
        assertThat(leaf.certStatus()).isEqualTo("good");
        assertThat(leaf.nextUpdate()).hasValueSatisfying(n -> assertThat(Duration.between(Instant.now(), n))
                .isBetween(Duration.ofHours(23), Duration.ofHours(25)));
        assertThat(r.readable()).contains("OCSP response successful", "(the leaf): good", "signature by issuer");
    }

    @Test
    void aResponseSignedByADelegatedResponder() throws Exception {
        StapledOcspResponse r = read(respond("V", "-cert", "leaf.pem", "delegate"));
        assertThat(r.signature().status()).isEqualTo(SignatureStatus.BY_DELEGATED_RESPONDER);
        assertThat(r.signature().detail()).contains("CN=Reader OCSP", "certified by the leaf's issuer");
    }

    @Test
    void aResponderOfAnotherCaIsNotAuthorised() throws Exception {
        StapledOcspResponse r = read(respond("V", "-cert", "leaf.pem", "stranger"));
        assertThat(r.signature().status()).isEqualTo(SignatureStatus.UNAUTHORISED_SIGNER);
        assertThat(r.signature().detail()).contains("CN=Stranger OCSP is certified by CN=Reader Other CA");
        String french = r.signature().said().render(ReportLanguage.FR);
        assertThat(french).contains("le répondeur CN=Stranger OCSP est certifié par CN=Reader Other CA");
        assertThat(EnglishLeftovers.in(french)).as(french).isEmpty();
    }

    @Test
    void aResponderWithoutOcspSigningIsNotAuthorised() throws Exception {
        StapledOcspResponse r = read(respond("V", "-cert", "leaf.pem", "plain"));
        assertThat(r.signature().status()).isEqualTo(SignatureStatus.UNAUTHORISED_SIGNER);
        assertThat(r.signature().detail()).contains("no id-kp-OCSPSigning");
    }

    @Test
    void aResponseForAnotherSerialIsNotForTheLeaf() throws Exception {
        StapledOcspResponse r = read(respond("V", "-serial", "0x0FF1CE", "ca"));
        assertThat(r.forLeaf()).isEmpty();
        assertThat(r.responses()).singleElement().satisfies(s -> assertThat(s.serial().toString(16)).isEqualTo("ff1ce"));
    }

    @Test
    void aRevokedLeaf() throws Exception {
        StapledOcspResponse.Single s = read(respond("R", "-cert", "leaf.pem", "ca")).forLeaf().orElseThrow();
        assertThat(s.certStatus()).isEqualTo("revoked");
        assertThat(s.revokedAt()).isPresent();
    }

    @Test
    void bytesThatAreNoResponse() {
        StapledOcspResponse r = OcspResponseReader.read(new byte[] {0x30, 0x03, 0x0A, 0x01}, chain, Instant.now());
        assertThat(r.unreadable()).isPresent();
        assertThat(OcspResponseReader.read(new byte[] {0x30, 0x03, 0x0A, 0x01, 0x03}, chain, Instant.now())
                .responseStatus()).isEqualTo("tryLater");
    }

    @Test
    void withoutTheIssuerTheSignatureIsNotVerified() throws Exception {
        StapledOcspResponse r = OcspResponseReader.read(respond("V", "-cert", "leaf.pem", "ca"), List.of(chain.get(0)),
                Instant.now());
        assertThat(r.signature().status()).isEqualTo(SignatureStatus.NOT_VERIFIED);
        assertThat(r.forLeaf()).isPresent();
    }

    private static StapledOcspResponse read(byte[] response) {
        return OcspResponseReader.read(response, chain, Instant.now());
    }

    /** A response from {@code openssl ocsp} over an index holding the leaf (status V or R) and serial 0FF1CE. */
    private static byte[] respond(String status, String what, String which, String signer) throws Exception {
        String serial = out("openssl", "x509", "-in", "leaf.pem", "-noout", "-serial").strip().split("=")[1];
        String revoked = status.equals("R") ? "260101000000Z" : "";
        Files.writeString(dir.resolve("index.txt"), status + "\t301231000000Z\t" + revoked + "\t" + serial
                + "\tunknown\t/CN=mx.reader.test\nV\t301231000000Z\t\t0FF1CE\tunknown\t/CN=other\n");
        List<String> request = new ArrayList<>(List.of("openssl", "ocsp", "-issuer", "ca.pem", what,
                which, "-no_nonce", "-reqout", "request.der"));
        assertThat(run(request.toArray(String[]::new))).isZero();
        assertThat(run("openssl", "ocsp", "-index", "index.txt", "-CA", "ca.pem", "-rsigner", signer + ".pem",
                "-rkey", signer + ".key", "-reqin", "request.der", "-respout", "response.der", "-ndays", "1")).isZero();
        return Files.readAllBytes(dir.resolve("response.der"));
    }

    private static void ca(String name, String cn) throws Exception {
        assertThat(run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-days", "30", "-subj", "/CN=" + cn, "-keyout", name + ".key", "-out", name + ".pem")).isZero();
    }

    private static void issue(String name, String cn, String ca, String extensions) throws Exception {
        assertThat(run("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj",
                "/CN=" + cn, "-keyout", name + ".key", "-out", name + ".csr")).isZero();
        assertThat(run("openssl", "x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key",
                "-set_serial", String.valueOf(1000 + name.length() * 7 + cn.length()), "-days", "10", "-extfile",
                "ext.cnf", "-extensions", extensions, "-out", name + ".pem")).isZero();
    }

    private static byte[] der(String pem) throws Exception {
        return CertificateFactory.getInstance("X.509").generateCertificate(Files.newInputStream(dir.resolve(pem)))
                .getEncoded();
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static String out(String... command) throws IOException, InterruptedException {
        assertThat(run(command)).isZero();
        return Files.readString(dir.resolve("openssl.log"));
    }
}
