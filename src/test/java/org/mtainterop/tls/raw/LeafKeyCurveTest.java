package org.mtainterop.tls.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;

/** The curve of a certificate's EC key, from its DER: real leaves of the test PKI and hand-built bytes. */
public class LeafKeyCurveTest {
    /** DER of a certificate whose only meaningful part is the subjectPublicKeyInfo algorithm (tests need nothing else). */
    public static byte[] certificateWithKey(String algorithmHex) {
        String spki = der(0x30, der(0x30, algorithmHex) + der(0x03, "0004" + "11".repeat(8)));
        String tbs = der(0xA0, der(0x02, "02")) + der(0x02, "01") + der(0x30, der(0x06, "2a8648ce3d040302"))
                + der(0x30, "") + der(0x30, der(0x17, "00".repeat(13)) + der(0x17, "00".repeat(13))) + der(0x30, "")
                + spki;
        return HexFormat.of().parseHex(der(0x30, der(0x30, tbs) + der(0x30, der(0x06, "2a8648ce3d040302"))
                + der(0x03, "00" + "22".repeat(200))));
    }

    /** A P-384 (secp384r1) EC key's algorithm: id-ecPublicKey, namedCurve 1.3.132.0.34. */
    public static byte[] p384Certificate() {
        return certificateWithKey(der(0x06, "2a8648ce3d0201") + der(0x06, "2b81040022"));
    }

    /** One DER element, short or long length form. */
    public static String der(int tag, String contentHex) {
        int length = contentHex.length() / 2;
        String len = length < 0x80 ? String.format("%02x", length)
                : length < 0x100 ? String.format("81%02x", length) : String.format("82%04x", length);
        return String.format("%02x", tag) + len + contentHex;
    }

    @Test
    void theTestPkisLeafIsOnP256() throws Exception {
        byte[] leaf = TestPki.generate().issue(CertificateProfile.VALID, "mx.example.test").leaf().getEncoded();
        assertThat(LeafKeyCurve.of(leaf)).contains(NamedGroups.SECP256R1);
    }

    @Test
    void anRsaLeafHasNoCurve() throws Exception {
        byte[] leaf = TestPki.generate().issueRsa("mx.example.test").leaf().getEncoded();
        assertThat(LeafKeyCurve.of(leaf)).isEmpty();
    }

    @Test
    void namedCurvesMapToTheirTlsGroups() {
        assertThat(LeafKeyCurve.of(p384Certificate())).contains(NamedGroups.SECP384R1);
        assertThat(LeafKeyCurve.of(certificateWithKey(der(0x06, "2a8648ce3d0201") + der(0x06, "2a8648ce3d030101"))))
                .contains(19);
        assertThat(LeafKeyCurve.of(certificateWithKey(der(0x06, "2a8648ce3d0201")
                + der(0x06, "2b240303020801010b")))).contains(27);
    }

    @Test
    void explicitParametersOrAnUnknownCurveGiveNothing() {
        assertThat(LeafKeyCurve.of(certificateWithKey(der(0x06, "2a8648ce3d0201") + der(0x30, der(0x02, "01")))))
                .isEmpty();
        assertThat(LeafKeyCurve.of(certificateWithKey(der(0x06, "2a8648ce3d0201") + der(0x06, "2b810400ff"))))
                .isEmpty();
    }

    @Test
    void malformedDerGivesNothingAndNeverThrows() {
        byte[] good = p384Certificate();
        for (int cut = 0; cut < good.length; cut++) {
            assertThat(LeafKeyCurve.of(Arrays.copyOf(good, cut))).as("cut at " + cut).isEmpty();
        }
        byte[] overlong = good.clone();
        overlong[1] = (byte) 0x84;
        assertThat(LeafKeyCurve.of(overlong)).isEmpty();
        assertThat(LeafKeyCurve.of(HexFormat.of().parseHex("3080" + "00".repeat(4)))).isEmpty();
        assertThat(LeafKeyCurve.of(new byte[0])).isEmpty();
    }
}
