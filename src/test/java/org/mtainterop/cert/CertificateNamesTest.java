package org.mtainterop.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Subject common names as CERT-02's fallback reads them: unescaped, in the certificate's order, never invented. */
class CertificateNamesTest {
    private final CertificateBuilderForTests certificates = new CertificateBuilderForTests();

    CertificateNamesTest() throws Exception {
    }

    @Test
    void oneCommonNameBesideOtherAttributes() throws Exception {
        assertEquals(List.of("mx.example.test"),
                CertificateNames.commonNames(certificates.certificateWithSubject("CN=mx.example.test,O=Example,C=FR")));
    }

    @Test
    void noCommonNameGivesNone() throws Exception {
        assertEquals(List.of(), CertificateNames.commonNames(certificates.certificateWithSubject("O=Example,OU=Mail")));
    }

    @Test
    void specialCharactersComeBackUnescaped() throws Exception {
        assertEquals(List.of("mx, evil.test+x"),
                CertificateNames.commonNames(certificates.certificateWithSubject("CN=mx\\, evil.test\\+x,O=Example")));
    }

    @Test
    void severalCommonNamesKeepTheCertificateOrder() throws Exception {
        // BouncyCastle writes the RDNs in the text's order into the DER; the JDK's RFC 2253 text reverses it
        assertEquals(List.of("first.example.test", "second.example.test"), CertificateNames.commonNames(
                certificates.certificateWithSubject("CN=first.example.test,O=Example,CN=second.example.test")));
    }

    @Test
    void aCommonNameInsideAMultiValuedRdnCounts() throws Exception {
        assertEquals(List.of("mx.example.test"),
                CertificateNames.commonNames(certificates.certificateWithSubject("O=Example+CN=mx.example.test,C=FR")));
    }
}
