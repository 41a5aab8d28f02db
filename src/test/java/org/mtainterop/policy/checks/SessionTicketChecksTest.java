package org.mtainterop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.observation.Observations;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.SessionTicketFixture;
import org.mtainterop.probe.SessionTicketFacts;

/** TLS-EXT-05 (ticket lifetime) and TLS-EXT-04 (early data) on hand-written facts: a pass and each failure. */
class SessionTicketChecksTest {
    private static final SessionTicketFacts.EarlyData REFUSED = new SessionTicketFacts.EarlyData(Optional.empty(),
            true, false, "EHLO");

    private static Verdict lifetime(SessionTicketFacts facts) {
        return new TicketLifetimeCheck().judge(facts(facts));
    }

    private static Verdict earlyData(SessionTicketFacts facts) {
        return new EarlyDataRefusedCheck().judge(facts(facts));
    }

    private static ObservedFacts facts(SessionTicketFacts s) {
        return ObservedFacts.of(new Endpoint("mx.test", 25, "mx.test"), MailService.SMTP)
                .with(Observations.SESSION_TICKETS, s).build();
    }

    @Test
    void lifetimesWithin24HoursPass() {
        Verdict v = lifetime(SessionTicketFixture.compliant());
        assertThat(v.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(v.message()).contains("TLS 1.3 3600 s", "TLS 1.2 3600 s");
    }

    @Test
    void aTls13TicketOfTwoDaysFails() {
        Verdict v = lifetime(SessionTicketFixture.of(SessionTicketFixture.tls13(List.of(172_800L), List.of()),
                SessionTicketFixture.tls12(List.of(3600L), false), REFUSED));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).contains("TLS 1.3 ticket lifetime 172800 s", "86400");
    }

    @Test
    void anUnspecifiedTls12HintFails() {
        Verdict v = lifetime(SessionTicketFixture.of(SessionTicketFixture.tls13(List.of(), List.of()),
                SessionTicketFixture.tls12(List.of(0L), false), null));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).contains("unspecified");
    }

    @Test
    void noTicketsPass() {
        Verdict v = lifetime(SessionTicketFixture.of(SessionTicketFixture.tls13(List.of(), List.of()),
                SessionTicketFixture.tls12(List.of(), false), null));
        assertThat(v.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(v.message()).contains("no session tickets");
    }

    @Test
    void aMissingVersionIsNamedAndNoHandshakeAtAllIsBroken() {
        SessionTicketFacts.Handshake no13 = SessionTicketFacts.Handshake.failed("TLS 1.3", "the server sent alert 70 (fatal)");
        Verdict v = lifetime(SessionTicketFixture.of(no13, SessionTicketFixture.tls12(List.of(7200L), false), null));
        assertThat(v.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(v.message()).contains("TLS 1.3 not observed (the server sent alert 70");
        Verdict none = lifetime(SessionTicketFixture.of(no13, SessionTicketFacts.Handshake.failed("TLS 1.2", "cut"), null));
        assertThat(none.outcome()).isEqualTo(Outcome.BROKEN);
    }

    @Test
    void noStarttlsIsSkipped() {
        SessionTicketFacts s = new SessionTicketFacts(Optional.of(org.mtainterop.policy.Reason.fact("STARTTLS not advertised")), true,
                SessionTicketFacts.Handshake.failed("TLS 1.3", "x"), SessionTicketFacts.Handshake.failed("TLS 1.2", "x"),
                Optional.empty(), Optional.of(org.mtainterop.policy.Reason.fact("x")));
        assertThat(lifetime(s).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(earlyData(s).outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void earlyDataRefusedPassesAcceptedFails() {
        assertThat(earlyData(SessionTicketFixture.compliant()).outcome()).isEqualTo(Outcome.PASSED);
        Verdict accepted = earlyData(SessionTicketFixture.of(SessionTicketFixture.tls13(List.of(7200L), List.of(16384L)),
                SessionTicketFixture.tls12(List.of(), false),
                new SessionTicketFacts.EarlyData(Optional.empty(), true, true, "EHLO")));
        assertThat(accepted.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(accepted.message()).contains("was accepted", "16384");
    }

    @Test
    void withoutATls13TicketEarlyDataIsNotTestedAndAFailedResumptionIsBroken() {
        Verdict none = earlyData(SessionTicketFixture.of(SessionTicketFixture.tls13(List.of(), List.of()),
                SessionTicketFixture.tls12(List.of(), false), null));
        assertThat(none.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(none.message()).startsWith("not tested: ").contains("no TLS 1.3 session ticket");
        Verdict cut = earlyData(SessionTicketFixture.of(SessionTicketFixture.tls13(List.of(7200L), List.of()),
                SessionTicketFixture.tls12(List.of(), false),
                new SessionTicketFacts.EarlyData(Optional.of(org.mtainterop.policy.Reason.fact("the connection closed")), false,
                        false, "EHLO")));
        assertThat(cut.outcome()).isEqualTo(Outcome.BROKEN);
    }
}
