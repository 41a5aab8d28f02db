package org.mtainterop.tls.raw.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.tls.raw.RawTlsException;

/** The CertificateStatus body (RFC 6066 §8) on bytes: an OCSP response is read, anything else ends with the reason. */
class PresentedCertificatesTest {
    @Test
    void readsAnOcspResponse() throws RawTlsException {
        byte[] body = new Wire.Writer().u8(1).vector24(new byte[] {0x30, 0x03, 0x0A, 0x01, 0x00}).toBytes();
        assertThat(PresentedCertificates.certificateStatus(body, "CertificateStatus"))
                .containsExactly(0x30, 0x03, 0x0A, 0x01, 0x00);
    }

    @Test
    void refusesAnotherStatusTypeAnEmptyResponseAndATruncatedOne() {
        assertThatThrownBy(() -> PresentedCertificates.certificateStatus(new Wire.Writer().u8(2).vector24(new byte[3])
                .toBytes(), "CertificateStatus")).hasMessageContaining("status_type 2");
        assertThatThrownBy(() -> PresentedCertificates.certificateStatus(new Wire.Writer().u8(1).vector24(new byte[0])
                .toBytes(), "CertificateStatus")).hasMessageContaining("empty OCSP response");
        assertThatThrownBy(() -> PresentedCertificates.certificateStatus(new byte[] {1, 0, 0, 9, 1},
                "CertificateStatus")).isInstanceOf(RawTlsException.class);
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
