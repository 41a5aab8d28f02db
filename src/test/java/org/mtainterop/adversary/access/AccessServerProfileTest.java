package org.mtainterop.adversary.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.MailService;
import org.mtainterop.pki.CertificateProfile;

/** Profiles as users type them, their certificates, and the service/profile pairs the server refuses to run. */
class AccessServerProfileTest {

    @Test
    void labelsAreTheOnesUsersType() {
        assertThat(Arrays.stream(AccessServerProfile.values()).map(AccessServerProfile::label)).containsExactly(
                "compliant", "no-starttls", "starttls-error", "handshake-abort", "expired-cert", "wrong-host",
                "self-signed", "untrusted-ca", "response-injection", "tampered-capabilities", "implicit-plaintext");
        for (AccessServerProfile p : AccessServerProfile.values()) {
            assertThat(AccessServerProfile.parse(" " + p.label().toUpperCase() + " ")).isEqualTo(p);
            assertThat(p.description()).isNotBlank();
        }
    }

    @Test
    void anUnknownLabelListsTheValidOnes() {
        assertThatThrownBy(() -> AccessServerProfile.parse("starttls-454"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'starttls-454'").hasMessageContaining("starttls-error")
                .hasMessageContaining("implicit-plaintext");
    }

    @Test
    void onlyTheFourCertificateProfilesPresentABadCertificate() {
        assertThat(Arrays.stream(AccessServerProfile.values()).filter(AccessServerProfile::badCertificate))
                .containsExactly(AccessServerProfile.EXPIRED_CERT, AccessServerProfile.WRONG_HOST,
                        AccessServerProfile.SELF_SIGNED, AccessServerProfile.UNTRUSTED_CA);
        assertThat(AccessServerProfile.EXPIRED_CERT.certificate()).isEqualTo(CertificateProfile.EXPIRED);
        assertThat(AccessServerProfile.WRONG_HOST.certificate()).isEqualTo(CertificateProfile.WRONG_HOST);
        assertThat(AccessServerProfile.SELF_SIGNED.certificate()).isEqualTo(CertificateProfile.SELF_SIGNED);
        assertThat(AccessServerProfile.UNTRUSTED_CA.certificate()).isEqualTo(CertificateProfile.UNTRUSTED_CA);
        assertThat(AccessServerProfile.COMPLIANT.certificate()).isEqualTo(CertificateProfile.VALID);
    }

    @Test
    void starttlsTricksNeedAStarttlsListenerAndImplicitPlaintextAnImplicitOne() {
        InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        assertThatThrownBy(() -> AccessAdversarialServer.Settings.of(any, "mail.test", MailService.IMAPS,
                AccessServerProfile.RESPONSE_INJECTION)).hasMessageContaining("--tls starttls");
        assertThatThrownBy(() -> AccessAdversarialServer.Settings.of(any, "mail.test", MailService.POP3,
                AccessServerProfile.IMPLICIT_PLAINTEXT)).hasMessageContaining("pop3s (--tls implicit)");
        assertThatThrownBy(() -> AccessAdversarialServer.Settings.of(any, "mail.test", MailService.SMTP,
                AccessServerProfile.COMPLIANT)).hasMessageContaining("adversarial receiver");
        assertThat(AccessAdversarialServer.Settings.of(any, "mail.test", MailService.IMAP, AccessServerProfile.COMPLIANT)
                .withImplicitTls(true).service()).isEqualTo(MailService.IMAPS);
    }

    @Test
    void switchingToAProfileTheListenerCannotServeIsRefused() {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.SUBMISSIONS, AccessServerProfile.COMPLIANT)) {
            server.profile(AccessServerProfile.EXPIRED_CERT);
            assertThat(server.profile()).isEqualTo(AccessServerProfile.EXPIRED_CERT);
            assertThatThrownBy(() -> server.profile(AccessServerProfile.TAMPERED_CAPABILITIES))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(server.endpoint().port()).isEqualTo(server.port());
            assertThat(server.endpoint().referenceName()).isEqualTo(ServerFixture.HOST);
            assertThat(server.trustAnchor()).isEqualTo(ServerFixture.PKI.rootCertificate());
        }
    }
}
