package org.mtainterop.tls.raw.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.tls.raw.RawTlsException;

/** The CertificateStatus body (RFC 6066 §8) on bytes: an OCSP response is read, anything else ends with the reason. */
class PresentedCertificatesTest {
    @Test
    void readsAnOcspResponse() throws RawTlsException {
        byte[] body = new Wire.Writer().u8(1).vector24(new byte[] {0x30, 0x03, 0x0A, 0x01, 0x00}).toBytes();
        assertThat(PresentedCertificates.certificateStatus(body, Wire.Part.message("CertificateStatus")))
                .containsExactly(0x30, 0x03, 0x0A, 0x01, 0x00);
    }

    @Test
    void refusesAnotherStatusTypeAnEmptyResponseAndATruncatedOne() {
        assertThatThrownBy(() -> PresentedCertificates.certificateStatus(new Wire.Writer().u8(2).vector24(new byte[3])
                .toBytes(), Wire.Part.message("CertificateStatus"))).hasMessageContaining("status_type 2");
        assertThatThrownBy(() -> PresentedCertificates.certificateStatus(new Wire.Writer().u8(1).vector24(new byte[0])
                .toBytes(), Wire.Part.message("CertificateStatus"))).hasMessageContaining("empty OCSP response");
        assertThatThrownBy(() -> PresentedCertificates.certificateStatus(new byte[] {1, 0, 0, 9, 1},
                Wire.Part.message("CertificateStatus"))).isInstanceOf(RawTlsException.class);
    }

    @Test
    void saysWhatIsWrongInTheReportsLanguage() {
        RawTlsException tls12 = org.junit.jupiter.api.Assertions.assertThrows(RawTlsException.class,
                () -> PresentedCertificates.certificateStatus(new Wire.Writer().u8(2).vector24(new byte[3]).toBytes(),
                        Wire.Part.message("CertificateStatus")));
        assertThat(tls12.getMessage()).isEqualTo("CertificateStatus of status_type 2 (RFC 6066 §8: only ocsp(1) was asked for)");
        assertThat(tls12.said().render(ReportLanguage.FR))
                .isEqualTo("le message CertificateStatus de status_type 2 (RFC 6066 §8 : seul ocsp(1) a été demandé)");
        RawTlsException leaf = org.junit.jupiter.api.Assertions.assertThrows(RawTlsException.class,
                () -> PresentedCertificates.certificateStatus(new Wire.Writer().u8(1).vector24(new byte[0]).toBytes(),
                        Wire.Part.LEAF_STATUS_REQUEST));
        assertThat(leaf.getMessage())
                .isEqualTo("the leaf's status_request with an empty OCSP response (RFC 6066 §8: 1..2^24-1 bytes)");
        assertThat(leaf.said().render(ReportLanguage.FR)).isEqualTo("l'extension status_request du certificat final avec"
                + " une réponse OCSP vide (RFC 6066 §8 : 1..2^24-1 octets)");
        RawTlsException cut = org.junit.jupiter.api.Assertions.assertThrows(RawTlsException.class,
                () -> PresentedCertificates.certificateStatus(new byte[] {1, 0, 0, 9, 1}, Wire.Part.message("CertificateStatus")));
        assertThat(cut.getMessage()).isEqualTo("truncated CertificateStatus: 9 bytes wanted, 1 left");
        assertThat(cut.said().render(ReportLanguage.FR))
                .isEqualTo("données tronquées dans le message CertificateStatus : 9 octets attendus, il en reste 1");
    }

    @Test
    void keepsCopies() {
        byte[] leaf = {1, 2, 3};
        PresentedCertificates p = new PresentedCertificates(List.of(leaf), Optional.empty());
        leaf[0] = 9;
        assertThat(p.chain().get(0)).containsExactly(1, 2, 3);
        assertThat(p.stapled()).isFalse();
        assertThat(p.withOcspResponse(new byte[] {7}).stapled()).isTrue();
    }
}
