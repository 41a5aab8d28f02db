package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code --reference} values: profiles an MTA cannot be configured in are left out of "all" and refused by name. */
class ReferenceSpecTest {
    @Test
    void longTicketsIsAPostfixProfileOnly() {
        assertThat(ReferenceSpec.parse("all")).extracting(ReferenceSpec::targetName)
                .contains("postfix:long-tickets").doesNotContain("exim:long-tickets", "opensmtpd:long-tickets")
                .hasSize(3 * ContainerTlsProfile.values().length - 2 * 6);
        assertThat(ReferenceSpec.parse("exim:all")).extracting(ReferenceSpec::targetName)
                .doesNotContain("exim:long-tickets");
        assertThatThrownBy(() -> ReferenceSpec.parse("exim:long-tickets")).hasMessageContaining("Postfix only");
        assertThat(ReferenceSpec.parse("postfix:long-tickets").get(0).profile().environment())
                .containsEntry("TLS_SESSION_TIMEOUT", ContainerTlsProfile.LONG_TICKET_SECONDS);
        assertThat(ContainerTlsProfile.COMPLIANT.environment()).doesNotContainKey("TLS_SESSION_TIMEOUT");
    }

    @Test
    void staplingProfilesAreEximOnly() {
        assertThat(ReferenceSpec.parse("all")).extracting(ReferenceSpec::targetName)
                .contains("exim:ocsp-stapled", "exim:ocsp-untrusted-signer")
                .doesNotContain("postfix:ocsp-stapled", "opensmtpd:ocsp-stapled", "postfix:ocsp-untrusted-signer");
        assertThatThrownBy(() -> ReferenceSpec.parse("postfix:ocsp-stapled"))
                .hasMessageContaining("Exim only (the others have no setting that staples an OCSP response file)");
        assertThat(ContainerTlsProfile.OCSP_STAPLED.environment()).containsEntry("OCSP_STAPLE", "good");
        assertThat(ContainerTlsProfile.OCSP_UNTRUSTED_SIGNER.environment()).containsEntry("OCSP_STAPLE", "untrusted-signer");
        assertThat(ContainerTlsProfile.COMPLIANT.environment()).doesNotContainKey("OCSP_STAPLE");
        assertThat(ContainerTlsProfile.COMPLIANT.laterSettings()).isEmpty();
        assertThat(ContainerTlsProfile.LONG_TICKETS.laterSettings()).isEmpty();
        assertThat(ContainerTlsProfile.OCSP_UNTRUSTED_SIGNER.laterSettings()).containsExactly("OCSP_STAPLE");
        assertThat(ContainerTlsProfile.WEAK_GROUPS.laterSettings()).containsExactly("TLS_GROUPS");
    }

    @Test
    void theClientHelloDefectProfilesAreForOneMtaEach() {
        assertThat(ReferenceSpec.parse("all")).extracting(ReferenceSpec::targetName)
                .contains("exim:no-ems", "postfix:weak-groups").doesNotContain("postfix:no-ems", "exim:weak-groups");
        assertThatThrownBy(() -> ReferenceSpec.parse("opensmtpd:no-ems")).hasMessageContaining("Exim only");
        assertThatThrownBy(() -> ReferenceSpec.parse("exim:weak-groups")).hasMessageContaining("Postfix only");
        assertThat(ContainerTlsProfile.NO_EMS.environment()).containsEntry("TLS_EMS", "no");
        assertThat(ContainerTlsProfile.WEAK_GROUPS.environment()).containsEntry("TLS_GROUPS", "X25519 prime256v1"
                + " secp384r1 prime192v1");
        assertThat(ContainerTlsProfile.values()).filteredOn(ContainerTlsProfile::servesRsaBesideEcdsa)
                .containsExactly(ContainerTlsProfile.WEAK_GROUPS);
    }

    @Test
    void compressionIsAPostfixProfileOnItsOwnImage() {
        assertThat(ReferenceSpec.parse("postfix:all")).extracting(ReferenceSpec::targetName).contains("postfix:compression");
        assertThat(ReferenceSpec.parse("all")).extracting(ReferenceSpec::targetName)
                .doesNotContain("exim:compression", "opensmtpd:compression");
        assertThatThrownBy(() -> ReferenceSpec.parse("exim:compression"))
                .hasMessageContaining("Postfix only (only its image is built over an OpenSSL with zlib)");
        assertThat(ContainerTlsProfile.COMPRESSION.environment()).containsEntry("TLS_COMPRESSION", "yes")
                .containsEntry("CIPHERS", "strict");
        assertThat(ContainerTlsProfile.COMPLIANT.environment()).doesNotContainKey("TLS_COMPRESSION");
        assertThat(ContainerTlsProfile.COMPRESSION.laterSettings()).containsExactly("TLS_COMPRESSION");
        assertThat(ReferenceMta.POSTFIX.newContainer(ContainerTlsProfile.COMPRESSION).getDockerImageName())
                .isEqualTo(PostfixContainer.COMPRESSION_IMAGE);
        assertThat(ReferenceMta.POSTFIX.newContainer(ContainerTlsProfile.WEAK_GROUPS).getDockerImageName())
                .isEqualTo(PostfixContainer.IMAGE);
        assertThat(ReferenceMta.EXIM.newContainer(ContainerTlsProfile.COMPRESSION).getDockerImageName())
                .isEqualTo(EximContainer.IMAGE);
    }
}
