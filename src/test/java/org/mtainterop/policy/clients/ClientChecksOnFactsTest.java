package org.mtainterop.policy.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.adversary.access.AccessServerProfile.EXPIRED_CERT;
import static org.mtainterop.adversary.access.AccessServerProfile.HANDSHAKE_ABORT;
import static org.mtainterop.adversary.access.AccessServerProfile.IMPLICIT_PLAINTEXT;
import static org.mtainterop.adversary.access.AccessServerProfile.NO_STARTTLS;
import static org.mtainterop.adversary.access.AccessServerProfile.RESPONSE_INJECTION;
import static org.mtainterop.adversary.access.AccessServerProfile.SELF_SIGNED;
import static org.mtainterop.adversary.access.AccessServerProfile.STARTTLS_ERROR;
import static org.mtainterop.adversary.access.AccessServerProfile.TAMPERED_CAPABILITIES;
import static org.mtainterop.adversary.access.AccessServerProfile.UNTRUSTED_CA;
import static org.mtainterop.adversary.access.AccessServerProfile.WRONG_HOST;
import static org.mtainterop.net.MailService.IMAP;
import static org.mtainterop.policy.fixture.ClientFacts.compliant;
import static org.mtainterop.policy.fixture.ClientFacts.credential;
import static org.mtainterop.policy.fixture.ClientFacts.session;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;

/**
 * What every client check shares, on hand-written sessions: the server profiles it declares it needs, that a safe
 * client passes under each of them with only that profile's sessions, "not applicable" under every other profile,
 * and "could not test" when the client's sessions are all under another profile. The verdicts of each check are in
 * ClientCredentialChecksOnFactsTest and ClientTlsStateChecksOnFactsTest.
 */
class ClientChecksOnFactsTest {

    static Stream<Named<ClientCheck>> clientChecks() {
        return ClientChecks.all().stream().map(c -> Named.of(c.requirementId(), c));
    }

    /** Every client check with every server profile it declares. */
    static Stream<Arguments> declaredProfiles() {
        return ClientChecks.all().stream().flatMap(c -> c.needs(IMAP).stream().sorted()
                .map(p -> Arguments.of(Named.of(c.requirementId(), c), p)));
    }

    /** Every client check with every server profile it does not declare. */
    static Stream<Arguments> otherProfiles() {
        return ClientChecks.all().stream().flatMap(c -> Stream.of(AccessServerProfile.values())
                .filter(p -> !c.needs(IMAP).contains(p)).map(p -> Arguments.of(Named.of(c.requirementId(), c), p)));
    }

    @Test
    void eachCheckNeedsTheServerProfilesThatExerciseIt() {
        assertThat(new NoPlaintextAfterTlsRefusedCheck().needs(IMAP))
                .containsExactlyInAnyOrder(NO_STARTTLS, STARTTLS_ERROR, HANDSHAKE_ABORT);
        assertThat(new BadCertificateRejectedCheck().needs(IMAP))
                .containsExactlyInAnyOrder(EXPIRED_CERT, WRONG_HOST, SELF_SIGNED, UNTRUSTED_CA);
        assertThat(new InjectedResponsesIgnoredCheck().needs(IMAP)).containsExactly(RESPONSE_INJECTION);
        assertThat(new CapabilitiesRereadCheck().needs(IMAP)).containsExactly(TAMPERED_CAPABILITIES);
        assertThat(new NoImplicitTlsFallbackCheck().needs(IMAP)).containsExactly(IMPLICIT_PLAINTEXT);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("declaredProfiles")
    void aSafeClientPassesUnderEachDeclaredProfileOnItsSessionsAlone(ClientCheck check, AccessServerProfile profile) {
        Verdict v = check.judge(profile, List.of(compliant(profile).build()));
        assertThat(v.outcome()).as(v.requirementId() + ": " + v.message()).isEqualTo(Outcome.PASSED);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("declaredProfiles")
    void judgesTheCellThroughClientSessions(ClientCheck check, AccessServerProfile profile) {
        ClientSessions cell = new ClientSessions(profile, List.of(compliant(profile).build()));
        assertThat(check.judge(cell)).isEqualTo(check.judge(profile, cell.sessions()));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("otherProfiles")
    void isNotApplicableUnderAProfileItDoesNotDeclare(ClientCheck check, AccessServerProfile profile) {
        assertSkipped(check.judge(profile, List.of(compliant(profile).build())),
                "not applicable: the server profile " + profile.label() + " does not exercise " + check.requirementId(),
                "judged with " + String.join(", ", check.requirement().exercisingLabels()));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("declaredProfiles")
    void isBrokenWhenTheClientsSessionsAreAllUnderAnotherProfile(ClientCheck check, AccessServerProfile profile) {
        AccessServerProfile other = profile == AccessServerProfile.COMPLIANT ? NO_STARTTLS : AccessServerProfile.COMPLIANT;
        assertBroken(check.judge(profile, List.of(compliant(other).build())),
                "the client never connected to the server in profile " + profile.label());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientChecks")
    void judgesOnlyTheSessionsUnderTheProfileAsked(ClientCheck check) {
        AccessServerProfile profile = check.needs(IMAP).stream().sorted().findFirst().orElseThrow();
        Verdict alone = check.judge(profile, List.of(compliant(profile).build()));
        var leakingElsewhere = session(AccessServerProfile.COMPLIANT).credentialInPlaintext(credential("AUTH PLAIN"))
                .build();
        Verdict mixed = check.judge(profile, List.of(leakingElsewhere, compliant(profile).build()));
        assertThat(mixed).isEqualTo(alone);
    }
}
