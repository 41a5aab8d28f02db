package org.mtainterop.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuedCredentialTest {
    private final TestPki pki = TestPki.generate();
    private final IssuedCredential valid = pki.issue(CertificateProfile.VALID, "mx.example.test");

    @Test
    void toStringNamesTheChainButNeverTheKey() {
        String text = valid.toString();
        String keyBase64 = Base64.getEncoder().encodeToString(valid.privateKey().getEncoded());
        assertThat(text).contains("VALID", "mx.example.test", "CN=mta-interop Test Intermediate CA", "redacted")
                .doesNotContain(keyBase64.substring(0, 20))
                .doesNotContain(valid.privateKey().toString());
    }

    @Test
    void privateKeyPemIsPkcs8OfTheKey() throws Exception {
        String pem = valid.privateKeyPem();
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        var decoded = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        assertThat(((ECPrivateKey) decoded).getS())
                .isEqualTo(((ECPrivateKey) valid.privateKey()).getS());
    }

    @Test
    void writePemFilesRoundTripsThroughPemCodec(@TempDir Path dir) throws Exception {
        Path tls = dir.resolve("etc/mta-interop/tls");
        valid.writePemFiles(tls);

        assertThat(PemCodec.readCertificates(tls.resolve("fullchain.pem"))).isEqualTo(valid.chain());
        assertThat(PemCodec.readCertificates(tls.resolve("ca.pem"))).containsExactly(pki.rootCertificate());
        assertThat(Files.readString(tls.resolve("key.pem"))).isEqualTo(valid.privateKeyPem());
        if (tls.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls.resolve("key.pem"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void rewritingOverAnOpenKeyFileLeavesItOwnerOnly(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("key.pem");
        Files.writeString(key, "old");
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        }
        valid.writePemFiles(dir);
        assertThat(Files.readString(key)).isEqualTo(valid.privateKeyPem());
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
    }

    @Test
    void chainIsImmutable() {
        assertThat(valid.chain()).isUnmodifiable();
    }

    @Test
    void ecPrivateKeyPemCarriesItsPublicPointForGnuTls() throws Exception {
        String pem = valid.privateKeyPem();
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        var info = PrivateKeyInfo.getInstance(der);
        var sec1 = org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey());
        assertThat(sec1.getPublicKey()).as("RFC 5915 publicKey [1]").isNotNull();
        var reloaded = KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(der));
        assertThat(((ECPrivateKey) reloaded).getS())
                .isEqualTo(((ECPrivateKey) valid.privateKey()).getS());
    }
}
