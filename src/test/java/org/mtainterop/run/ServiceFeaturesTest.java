package org.mtainterop.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.net.MailService;

class ServiceFeaturesTest {
    @TempDir
    Path features;

    @Test
    void anMxIsJudgedWithoutTheOtherCommandsAndFamiliesFiles() throws Exception {
        layout();
        assertEquals(List.of("extra.feature", "inbound", "operator-own"), names(ServiceFeatures.of(features, MailService.SMTP)));
        assertEquals(List.of("access", "extra.feature", "operator-own"), names(ServiceFeatures.of(features, MailService.IMAP)));
    }

    @Test
    void theShippedFeaturesStillHoldEveryInboundScenario() {
        Path shipped = Path.of("features");
        assertEquals(List.of("inbound"), names(ServiceFeatures.of(shipped, MailService.SMTP)));
        assertEquals(List.of("access"), names(ServiceFeatures.of(shipped, MailService.POP3S)));
    }

    /** The English runs leave the French edition out (features/fr/), and the French runs read it alone. */
    @Test
    void theFrenchEditionIsReadOnlyByFrenchRuns() {
        Path shipped = Path.of("features");
        Path french = org.mtainterop.report.ReportLanguage.FR.features(shipped);
        assertEquals(shipped.resolve("fr"), french);
        assertEquals(List.of("inbound"), names(ServiceFeatures.of(french, MailService.SMTP)));
        assertEquals(List.of("access"), names(ServiceFeatures.of(french, MailService.IMAPS)));
    }

    private void layout() throws Exception {
        for (String dir : List.of("inbound", "access", "outbound", "interop", "clients", "operator-own", "fr")) {
            Files.createDirectories(features.resolve(dir));
        }
        Files.writeString(features.resolve("extra.feature"), "Feature: x\n");
        Files.writeString(features.resolve("requirements.md"), "# not a feature\n");
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(p -> p.getFileName().toString()).toList();
    }
}
