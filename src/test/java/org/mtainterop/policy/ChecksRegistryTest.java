package org.mtainterop.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observations;

/** The check registry covers every requirement a feature file tags, and no check's needs fall outside its service. */
class ChecksRegistryTest {
    private static final Pattern REQUIREMENT = Pattern.compile("@REQ-([A-Z0-9]+(?:-[A-Z0-9]+)+)");

    @Test
    void everyTaggedRequirementHasACheckAndEveryCheckATaggedRequirement() throws IOException {
        assertThat(Checks.requirementIds()).isEqualTo(tagged(Path.of("features")));
    }

    @Test
    void everyCheckIsInTheCatalog() throws IOException {
        String catalog = Files.readString(Path.of("features/requirements.md"));
        assertThat(Checks.requirementIds()).allSatisfy(id -> assertThat(catalog).contains("| " + id + " |"));
    }

    @Test
    void inboundChecksNeedOnlyWhatAppliesToTheirService() {
        for (MailService service : MailService.values()) {
            assertThat(Checks.inbound(service)).allSatisfy(check -> assertThat(Observations.applicableTo(service))
                    .as("%s on %s", check.requirementId(), service).containsAll(check.needs(service)));
        }
    }

    @Test
    void eachSenderCheckReadsOneReceiverProfileAndEachProfileCombinationOnce() {
        assertThat(Checks.sender()).allSatisfy(c -> assertThat(c.needs(MailService.SMTP)).hasSize(1));
        assertThat(Checks.sender().stream().map(c -> c.requirementId() + "/" + c.needs(MailService.SMTP)))
                .doesNotHaveDuplicates();
        assertThat(Checks.sender().stream().filter(c -> c.requirementId().equals("CERT-06"))
                .flatMap(c -> c.needs(MailService.SMTP).stream()))
                .containsExactlyInAnyOrder(Stream.of(AdversarialProfile.values())
                        .filter(AdversarialProfile::badCertificate).toArray(AdversarialProfile[]::new));
    }

    @Test
    void clientChecksNeedTheServerProfilesThatExerciseThem() {
        assertThat(Checks.client()).allSatisfy(c -> assertThat(c.needs(MailService.IMAP)).isNotEmpty()
                .allSatisfy(p -> assertThat(c.requirement().exercisedBy(p)).isTrue()));
    }

    private static Set<String> tagged(Path features) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(features)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
                Matcher m = REQUIREMENT.matcher(Files.readString(file));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }
}
