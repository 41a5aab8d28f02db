package org.mtainterop.adversary.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.clients.ClientCellVerdict;
import org.mtainterop.policy.clients.ClientChecks;

/**
 * Angus Mail configured as a careful mail program (TLS required, certificate and name verified against the test
 * root) against every profile on every service it applies to: the compliant control works, the attacks are refused,
 * and each profile's check passes. The negative side of every check is in {@link VulnerableClientsTest}.
 */
class AngusMailAgainstProfilesTest {

    static Stream<Arguments> everyServiceAndProfile() {
        return Stream.of(MailService.SUBMISSION, MailService.IMAP, MailService.POP3, MailService.SUBMISSIONS,
                        MailService.IMAPS, MailService.POP3S)
                .flatMap(service -> Stream.of(AccessServerProfile.values())
                        .filter(p -> service.implicitTls() ? p.servesImplicitTls() : p != AccessServerProfile.IMPLICIT_PLAINTEXT)
                        .map(p -> Arguments.of(service, p)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyServiceAndProfile")
    void aCarefulClientWorksWithTheCompliantServerAndRefusesEveryAttack(MailService service, AccessServerProfile profile)
            throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(service, profile)) {
            AngusMailClient client = new AngusMailClient(ServerFixture.verifyingTls());
            boolean completes = profile == AccessServerProfile.COMPLIANT || profile == AccessServerProfile.RESPONSE_INJECTION
                    || profile == AccessServerProfile.TAMPERED_CAPABILITIES;
            if (completes) {
                String read = client.use(service, server.port());
                assertThat(read).isNotEmpty();
            } else {
                assertThatThrownBy(() -> client.use(service, server.port())).isInstanceOf(MessagingException.class);
            }
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            AccessSessionFacts first = sessions.get(0);
            assertThat(first.service()).isEqualTo(service);
            assertThat(first.profile()).isEqualTo(profile);
            assertThat(sessions).noneMatch(AccessSessionFacts::leakedInPlaintext);
            assertThat(sessions).noneMatch(AccessSessionFacts::credentialsAfterBadCertificate);

            var cell = ClientCellVerdict.classify(profile, sessions);
            if (profile == AccessServerProfile.COMPLIANT) {
                assertThat(cell.verdict()).as(cell.reason()).isEqualTo(ClientCellVerdict.WORKS);
                assertThat(first.loggedInInsideTls()).isTrue();
                assertThat(first.credentials()).allMatch(CredentialEvent::insideTls).isNotEmpty();
                assertThat(first.tls().orElseThrow().protocol()).isIn("TLSv1.3", "TLSv1.2");
                assertThat(first.clientHello().orElseThrow().serverName()).contains(ServerFixture.HOST);
                assertThat(first.firstContact()).isEqualTo(service.implicitTls() ? FirstContact.IMPLICIT_TLS
                        : FirstContact.TEXT_COMMAND);
                assertThat(first.end()).isEqualTo(SessionEnd.CLIENT_QUIT);
                assertThat(ClientChecks.all()).allSatisfy(check ->
                        assertThat(check.judge(profile, sessions).outcome()).isEqualTo(Outcome.SKIPPED));
            } else {
                Verdict verdict = ClientChecks.exercisedBy(profile).orElseThrow().judge(profile, sessions);
                assertThat(verdict.outcome()).as(verdict.message()).isEqualTo(Outcome.PASSED);
                assertThat(cell.verdict()).as(cell.reason()).isEqualTo(ClientCellVerdict.SAFE);
            }
            if (profile.badCertificate()) {
                assertThat(first.tlsFailure()).isPresent();
                assertThat(first.verbsInsideTls()).isEmpty();
            }
            if (profile == AccessServerProfile.TAMPERED_CAPABILITIES) {
                assertThat(first.capabilitiesReadInsideTls()).isTrue();
            }
        }
    }
}
