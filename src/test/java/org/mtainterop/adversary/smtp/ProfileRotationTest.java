package org.mtainterop.adversary.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtainterop.adversary.smtp.AdversarialProfile.COMPLIANT;
import static org.mtainterop.adversary.smtp.AdversarialProfile.EXPIRED_CERT;
import static org.mtainterop.adversary.smtp.AdversarialProfile.FAIL_FIRST_HANDSHAKE;
import static org.mtainterop.adversary.smtp.AdversarialProfile.NO_STARTTLS;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** receive --profile P1,P2,...|all: each client's successive sessions meet the next profile. */
class ProfileRotationTest {

    @Test
    void eachClientWalksTheListOnItsOwnAndStartsAgainAfterTheLast() {
        ProfileRotation walk = new ProfileRotation(List.of(NO_STARTTLS, EXPIRED_CERT, COMPLIANT));
        assertThat(walk.next("192.0.2.1").profile()).isEqualTo(NO_STARTTLS);
        assertThat(walk.next("192.0.2.1").profile()).isEqualTo(EXPIRED_CERT);
        assertThat(walk.next("192.0.2.2").profile()).isEqualTo(NO_STARTTLS);
        assertThat(walk.next("192.0.2.1").profile()).isEqualTo(COMPLIANT);
        assertThat(walk.next("192.0.2.1").profile()).isEqualTo(NO_STARTTLS);
        assertThat(walk.next("192.0.2.2").profile()).isEqualTo(EXPIRED_CERT);
    }

    @Test
    void failFirstHandshakeKeepsItsClientForTheRetryWithOneStrategy() {
        ProfileRotation walk = new ProfileRotation(List.of(FAIL_FIRST_HANDSHAKE, COMPLIANT));
        ProfileRotation.Assignment first = walk.next("192.0.2.1");
        ProfileRotation.Assignment retry = walk.next("192.0.2.1");
        assertThat(first.profile()).isEqualTo(FAIL_FIRST_HANDSHAKE);
        assertThat(retry.profile()).isEqualTo(FAIL_FIRST_HANDSHAKE);
        assertThat(retry.behaviour()).isSameAs(first.behaviour());
        assertThat(walk.next("192.0.2.1").profile()).isEqualTo(COMPLIANT);
        assertThat(walk.next("192.0.2.1").behaviour()).isNotSameAs(first.behaviour());
    }

    @Test
    void allPutsTheProfilesAVerifyingSenderMustRefuseFirstAndCompliantLast() {
        List<AdversarialProfile> all = AdversarialProfile.parseList("all");
        // every profile but the DANE ones, which mean something only with their zone published (--dane-zones)
        assertThat(all).containsExactlyInAnyOrder(Arrays.stream(AdversarialProfile.values()).filter(p -> !p.published())
                .toArray(AdversarialProfile[]::new));
        assertThat(AdversarialProfile.values()).anyMatch(AdversarialProfile::dane);
        assertThat(all.get(all.size() - 1)).isEqualTo(COMPLIANT);
        int firstDelivering = all.indexOf(all.stream().filter(AdversarialProfile::deliversToVerifyingSender)
                .findFirst().orElseThrow());
        assertThat(all.subList(0, firstDelivering)).noneMatch(AdversarialProfile::deliversToVerifyingSender);
        assertThat(all.subList(firstDelivering, all.size())).allMatch(AdversarialProfile::deliversToVerifyingSender);
    }

    @Test
    void aListIsParsedInOrderAndRejectsBlanksAndRepeats() {
        assertThat(AdversarialProfile.parseList(" expired-cert , no-starttls")).containsExactly(EXPIRED_CERT, NO_STARTTLS);
        assertThatThrownBy(() -> AdversarialProfile.parseList("no-starttls,,compliant"))
                .hasMessageContaining("empty receiver profile");
        assertThatThrownBy(() -> AdversarialProfile.parseList("compliant,compliant")).hasMessageContaining("named twice");
        assertThatThrownBy(() -> AdversarialProfile.parseList("compliant,bogus"))
                .hasMessageContaining("unknown receiver profile 'bogus'");
    }
}
