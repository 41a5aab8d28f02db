package org.mtainterop.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM (RFC 7468) for certificates and PKCS#8 private keys: the format MTAs and containers read. JDK only: a
 * run that reads a {@code --trust-ca} bundle never loads BouncyCastle (its signed jars cost a signature check
 * at first use and stay out of the class-data archive); EC keys with their public point are {@link EcPrivateKeyPem}.
 */
public final class PemCodec {
    private static final String CERTIFICATE_LABEL = "CERTIFICATE";
    private static final String PRIVATE_KEY_LABEL = "PRIVATE KEY";
    private static final Pattern CERTIFICATE_BLOCK = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*?)-----END CERTIFICATE-----");
    private static final Base64.Encoder BASE64_LINES =
            Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private PemCodec() {
    }

    public static String encodeCertificate(X509Certificate certificate) {
        try {
            return encode(CERTIFICATE_LABEL, certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot encode certificate "
                    + certificate.getSubjectX500Principal().getName(), e);
        }
    }

    /** The certificates one after another, in order: a chain or a CA bundle. */
    public static String encodeCertificates(List<X509Certificate> certificates) {
        StringBuilder pem = new StringBuilder();
        certificates.forEach(certificate -> pem.append(encodeCertificate(certificate)));
        return pem.toString();
    }

    /** PKCS#8 "BEGIN PRIVATE KEY" PEM. The result is a secret: never log it. */
    public static String encodePrivateKey(PrivateKey key) {
        if (!"PKCS#8".equalsIgnoreCase(key.getFormat()) || key.getEncoded() == null) {
            throw new IllegalArgumentException("private key of type " + key.getAlgorithm()
                    + " has no PKCS#8 encoding (format " + key.getFormat() + ")");
        }
        return encode(PRIVATE_KEY_LABEL, key.getEncoded());
    }

    /**
     * Every certificate in a PEM file, in file order. Text outside the PEM blocks (comments, openssl's
     * "Bag Attributes") is ignored.
     *
     * @throws IllegalArgumentException naming the file, when it is missing, unreadable, holds no
     *                                  certificate block or a block that is not a valid X.509 certificate
     */
    public static List<X509Certificate> readCertificates(Path pemFile) {
        if (!Files.exists(pemFile)) {
            throw new IllegalArgumentException("PEM file " + pemFile + " does not exist");
        }
        if (!Files.isRegularFile(pemFile)) {
            throw new IllegalArgumentException("PEM file " + pemFile + " is not a regular file");
        }
        String text;
        try {
            text = Files.readString(pemFile, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read PEM file " + pemFile + ": " + e, e);
        }
        return parseCertificates(text, pemFile.toString());
    }

    /**
     * Every certificate in PEM text.
     *
     * @param sourceName where the text came from, for error messages
     */
    public static List<X509Certificate> parseCertificates(String pemText, String sourceName) {
        Matcher blocks = CERTIFICATE_BLOCK.matcher(pemText);
        List<X509Certificate> certificates = new ArrayList<>();
        while (blocks.find()) {
            certificates.add(decodeCertificate(blocks.group(1), certificates.size() + 1, sourceName));
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(sourceName + " holds no PEM certificate (no well-formed "
                    + "'-----BEGIN CERTIFICATE-----' ... '-----END CERTIFICATE-----' block)");
        }
        return List.copyOf(certificates);
    }

    private static X509Certificate decodeCertificate(String base64Body, int position, String sourceName) {
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(base64Body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("certificate #" + position + " in " + sourceName
                    + " is not valid base64: " + e.getMessage(), e);
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("certificate #" + position + " in " + sourceName
                    + " is not a valid X.509 certificate: " + e.getMessage(), e);
        }
    }

    static String encode(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + BASE64_LINES.encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
