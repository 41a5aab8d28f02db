package org.mtainterop.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A server's TLS credential from the {@link TestPki}.
 *
 * @param chain       what the server sends: leaf first, then intermediates; never the root
 * @param trustedRoot the test root clients are told to trust (written as {@code ca.pem}); for
 *                    UNTRUSTED_CA and SELF_SIGNED it deliberately does not validate {@code chain}
 */
public record IssuedCredential(CertificateProfile profile, String hostName, PrivateKey privateKey,
                               List<X509Certificate> chain, X509Certificate trustedRoot) {

    public static final String FULLCHAIN_FILE = "fullchain.pem";
    public static final String KEY_FILE = "key.pem";
    /** A second chain and key beside the first (dual certificates); containers/README.md says which MTAs serve it. */
    public static final String SECOND_FULLCHAIN_FILE = "fullchain2.pem";
    public static final String SECOND_KEY_FILE = "key2.pem";
    public static final String CA_FILE = "ca.pem";

    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    /** In-memory key store only; the password protects nothing outside this process. */
    private static final char[] IN_MEMORY_KEY_PASSWORD = "mta-interop".toCharArray();

    public IssuedCredential {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(trustedRoot, "trustedRoot");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a credential needs at least its leaf certificate");
        }
    }

    public X509Certificate leaf() {
        return chain.get(0);
    }

    /**
     * A server-side TLS context presenting this key and chain (TLSv1.2 and TLSv1.3 with JDK JSSE). Uses the
     * "SunX509" key manager, which serves the chain as is, even when it is deliberately bad.
     */
    public SSLContext serverSslContext() {
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry("server", privateKey, IN_MEMORY_KEY_PASSWORD, chain.toArray(new X509Certificate[0]));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("SunX509");
            keyManagers.init(keyStore, IN_MEMORY_KEY_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a server TLS context for " + this, e);
        }
    }

    /** The chain as PEM, leaf first: the content of {@code fullchain.pem}. */
    public String chainPem() {
        return PemCodec.encodeCertificates(chain);
    }

    /** The private key as PKCS#8 PEM. SECRET: write it only to {@code key.pem}, never to a log or report. */
    public String privateKeyPem() {
        return EcPrivateKeyPem.encode(privateKey, leaf().getPublicKey());
    }

    /**
     * Writes {@code fullchain.pem}, {@code key.pem} (mode 600 where the file system is POSIX) and
     * {@code ca.pem} into {@code dir}, creating it if needed: what containers mount at /etc/mta-interop/tls/.
     */
    public void writePemFiles(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(FULLCHAIN_FILE), chainPem(), StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve(CA_FILE), PemCodec.encodeCertificate(trustedRoot), StandardCharsets.US_ASCII);
            writeOwnerOnly(dir.resolve(KEY_FILE), privateKeyPem());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PEM files for " + hostName + " to " + dir, e);
        }
    }

    /** Restricts the key file before any secret is written to it. */
    private static void writeOwnerOnly(Path file, String secret) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
            } else {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
            }
        }
        Files.writeString(file, secret, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /** Names the certificates, never the key. */
    @Override
    public String toString() {
        String subjects = chain.stream()
                .map(certificate -> certificate.getSubjectX500Principal().getName())
                .collect(Collectors.joining(" <- ", "[", "]"));
        return "IssuedCredential[profile=" + profile + ", hostName=" + hostName
                + ", privateKey=<" + privateKey.getAlgorithm() + " key redacted>, chain=" + subjects + "]";
    }
}
