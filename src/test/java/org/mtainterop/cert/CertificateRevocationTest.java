package org.mtainterop.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;

/** The revocation pointers read from real encoded certificates (CERT-05's facts). */
class CertificateRevocationTest {
    private static GeneralName uri(String u) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, u);
    }

    @Test
    void readsCrlDistributionPointsAndOcspResponders() throws Exception {
        var cert = new CertificateBuilderForTests().certificateWithRevocation(
                List.of(uri("http://crl.example.test/ca.crl"), uri("ldap://ldap.example.test/cn=CA")),
                List.of(new AccessDescription(AccessDescription.id_ad_caIssuers, uri("http://ca.example.test/ca.cer")),
                        new AccessDescription(AccessDescription.id_ad_ocsp, uri("http://ocsp.example.test"))));
        CertificateRevocation r = CertificateRevocation.of(cert);
        assertThat(r.crlUris()).containsExactly("http://crl.example.test/ca.crl", "ldap://ldap.example.test/cn=CA");
        assertThat(r.ocspUris()).containsExactly("http://ocsp.example.test");
        assertThat(CertificateSummary.of(cert).readable()).contains("Revocation:  CRL distribution points"
                + " (http://crl.example.test/ca.crl, ldap://ldap.example.test/cn=CA), OCSP responders (http://ocsp.example.test)\n");
    }

    @Test
    void absentExtensionsAreEmpty() throws Exception {
        CertificateRevocation r = CertificateRevocation.of(new CertificateBuilderForTests().certificateWithRevocation(null, null));
        assertThat(r).isEqualTo(new CertificateRevocation(Optional.empty(), Optional.empty()));
        assertThat(r.readable()).isEqualTo("no cRLDistributionPoints, no authorityInfoAccess");
    }

    @Test
    void namesThatAreNotUrisAreKeptButNotFetchable() throws Exception {
        CertificateRevocation r = CertificateRevocation.of(new CertificateBuilderForTests().certificateWithRevocation(
                List.of(new GeneralName(new X500Name("CN=CRL1,O=Example"))),
                List.of(new AccessDescription(AccessDescription.id_ad_caIssuers, uri("http://ca.example.test/ca.cer")))));
        assertThat(r.crlDistributionPoints()).contains(List.of("(directoryName)"));
        assertThat(r.crlUris()).isEmpty();
        assertThat(r.ocspResponders()).contains(List.of());
        assertThat(r.ocspUris()).isEmpty();
    }

    @Test
    void relativeNamesCrlIssuersAndMalformedEncodingsAreNamed() throws Exception {
        var hex = java.util.HexFormat.of();
        // two DistributionPoints: nameRelativeToCRLIssuer [1] (an empty RDN), and cRLIssuer [2] only
        byte[] crl = hex.parseHex("300c" + "3004a002a100" + "3004a2028400");
        // one AccessDescription whose length runs past its end
        byte[] aia = hex.parseHex("3002" + "3009");
        CertificateRevocation r = CertificateRevocation.of(new CertificateBuilderForTests().certificateWithRawRevocation(crl, aia));
        assertThat(r.crlDistributionPoints()).contains(List.of("(relative name)", "(cRLIssuer only)"));
        assertThat(r.ocspResponders()).contains(List.of("(unreadable)"));
        assertThat(r.ocspUris()).isEmpty();
    }
}
