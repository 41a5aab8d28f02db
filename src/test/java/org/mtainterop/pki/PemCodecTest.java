package org.mtainterop.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PemCodecTest {
    private final TestPki pki = TestPki.generate();

    @Test
    void certificatesRoundTripInOrderIgnoringTextAroundTheBlocks(@TempDir Path dir) throws Exception {
        var chain = pki.issue(CertificateProfile.VALID, "mx.example.test").chain();
        Path file = dir.resolve("bundle.pem");
        Files.writeString(file, "Bag Attributes\n    friendlyName: server\n" + PemCodec.encodeCertificates(chain)
                .replace("\n", "\r\n") + "# trailing comment\n");
        assertThat(PemCodec.readCertificates(file)).isEqualTo(chain);
    }

    @Test
    void encodedLinesAreAtMost64Characters() {
        String pem = PemCodec.encodeCertificate(pki.rootCertificate());
        assertThat(pem.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
    }

    @Test
    void garbageFileIsRejectedNamingTheFile(@TempDir Path dir) throws Exception {
        Path garbage = dir.resolve("garbage-ca.pem");
        Files.write(garbage, new byte[] {0, 1, 2, (byte) 0xff, 'h', 'i'});
        assertThatThrownBy(() -> PemCodec.readCertificates(garbage))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("garbage-ca.pem")
                .hasMessageContaining("no PEM certificate");
    }

    @Test
    void missingFileIsRejectedNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing-ca.pem");
        assertThatThrownBy(() -> PemCodec.readCertificates(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing-ca.pem")
                .hasMessageContaining("does not exist");
    }

    @Test
    void directoryIsRejectedNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> PemCodec.readCertificates(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.toString());
    }

    @Test
    void wellFramedBlockThatIsNotACertificateIsRejectedWithItsPosition(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.pem");
        Files.writeString(file, PemCodec.encodeCertificate(pki.rootCertificate())
                + "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        assertThatThrownBy(() -> PemCodec.readCertificates(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.pem")
                .hasMessageContaining("certificate #2");
    }

    @Test
    void parsesFromText() {
        assertThat(PemCodec.parseCertificates(PemCodec.encodeCertificate(pki.rootCertificate()), "inline"))
                .isEqualTo(List.of(pki.rootCertificate()));
    }
}
