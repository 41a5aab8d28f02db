package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A profile needing a setting an image does not honour is refused before the container starts, with how to fix
 * it: a stale image would ignore the setting and be judged as another server (on a shared Docker daemon, an image
 * rebuilt from older sources is one build away).
 */
class ImageSettingsLabelTest {
    @Test
    void theImagesSayWhichLaterSettingsTheyHonour() {
        DockerRequirement.assumeDocker();
        assertThat(DockerAvailability.staleImage(EximContainer.IMAGE, Set.of("OCSP_STAPLE", "TLS_EMS"))).isEmpty();
        assertThat(DockerAvailability.staleImage(PostfixContainer.IMAGE, Set.of("TLS_GROUPS"))).isEmpty();
        assertThat(DockerAvailability.staleImage(PostfixContainer.IMAGE, Set.of())).isEmpty();
        assertThat(DockerAvailability.staleImage(OpenSmtpdContainer.IMAGE, Set.of("OCSP_STAPLE", "TLS_EMS")))
                .hasValue("image " + OpenSmtpdContainer.IMAGE + " predates OCSP_STAPLE, TLS_EMS (its entrypoint would"
                        + " ignore them): rebuild it with containers/build-images.sh");
        assertThatThrownBy(() -> new OpenSmtpdContainer().withTlsProfile(ContainerTlsProfile.OCSP_STAPLED))
                .isInstanceOf(ContainersUnavailableException.class).hasMessageStartingWith("ocsp-stapled: image");
    }

    @Test
    void onlyTheCompressionImageHonoursTlsCompression() {
        DockerRequirement.assumeDocker();
        DockerRequirement.assumeImage(PostfixContainer.COMPRESSION_IMAGE, "containers/build-images.sh postfix-compression");
        assertThat(DockerAvailability.staleImage(PostfixContainer.COMPRESSION_IMAGE, Set.of("TLS_GROUPS", "TLS_COMPRESSION")))
                .isEmpty();
        assertThat(DockerAvailability.staleImage(PostfixContainer.IMAGE, Set.of("TLS_COMPRESSION"))).isPresent();
        assertThatThrownBy(() -> new PostfixContainer().withTlsProfile(ContainerTlsProfile.COMPRESSION))
                .isInstanceOf(ContainersUnavailableException.class).hasMessageStartingWith("compression: image");
    }
}
