package org.mtainterop.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.PolicyProfile;

class SenderAttributionTest {
    private static Operator operator(String name, String... senders) {
        return new Operator(name, List.of(name + ".test"), List.of(new MxHost("mx." + name + ".test", 25, Optional.empty())),
                false, PolicyProfile.PILOT, Optional.empty(), false, Optional.empty(), Optional.empty(),
                Arrays.stream(senders).map(SenderPattern::parse).toList());
    }

    private final SenderAttribution attribution = new SenderAttribution(List.of(
            operator("alpha", "192.0.2.0/24", "2001:db8:25::/48", "out.alpha.test"),
            operator("beta", "198.51.100.7", "*.beta.test"),
            operator("gamma", "*.shared.test", "203.0.113.0/25")));

    private String who(String address, String ehlo) {
        return attribution.operatorOf(address, ehlo).map(Operator::name).orElse("-");
    }

    @Test
    void addressesMatchTheirCidrBlock() {
        assertThat(who("192.0.2.200", "anything.example")).isEqualTo("alpha");
        assertThat(who("198.51.100.7", "x")).isEqualTo("beta");
        assertThat(who("198.51.100.8", "x")).isEqualTo("-");
        assertThat(who("203.0.113.127", "x")).isEqualTo("gamma");
        assertThat(who("203.0.113.128", "x")).isEqualTo("-");
        assertThat(who("2001:db8:25:ffff::1", "x")).isEqualTo("alpha");
        assertThat(who("[2001:db8:26::1]", "x")).isEqualTo("-");
        assertThat(who("::ffff:192.0.2.1", "x")).as("a mapped address is read as IPv4 by the JDK").isEqualTo("alpha");
    }

    @Test
    void ehloNamesMatchExactlyOrBelowASuffix() {
        assertThat(who("127.0.0.1", "out.alpha.test")).isEqualTo("alpha");
        assertThat(who("127.0.0.1", "OUT.Alpha.test.")).isEqualTo("alpha");
        assertThat(who("127.0.0.1", "relay.out.alpha.test")).isEqualTo("-");
        assertThat(who("127.0.0.1", "mx3.beta.test")).isEqualTo("beta");
        assertThat(who("127.0.0.1", "beta.test")).as("*.beta.test is below beta.test only").isEqualTo("-");
        assertThat(who("127.0.0.1", "evilbeta.test")).isEqualTo("-");
        assertThat(who("127.0.0.1", "?")).isEqualTo("-");
    }

    @Test
    void anAddressMatchWinsOverAnotherOperatorsEhloName() {
        assertThat(who("203.0.113.5", "out.alpha.test")).isEqualTo("gamma");
    }

    @Test
    void targetNamesArePrefixedWithTheOperatorOnlyWhenAttributed() {
        assertThat(attribution.targetName("192.0.2.9", "mx.alpha.test", "192.0.2.9 mx.alpha.test"))
                .isEqualTo("alpha/192.0.2.9 mx.alpha.test");
        assertThat(attribution.targetName("127.0.0.1", "client.test", "127.0.0.1 client.test"))
                .isEqualTo("127.0.0.1 client.test");
        assertThat(SenderAttribution.none().targetName("192.0.2.9", "x", "192.0.2.9 x")).isEqualTo("192.0.2.9 x");
    }

    @Test
    void badPatternsAreRejectedWithoutLookingAnythingUp() {
        assertThatThrownBy(() -> SenderPattern.parse("10.0.0.0/33")).hasMessageContaining("prefix");
        assertThatThrownBy(() -> SenderPattern.parse("mail host")).hasMessageContaining("'mail host'");
        assertThatThrownBy(() -> SenderPattern.parse("host.test/24")).hasMessageContaining("CIDR");
        assertThat(SenderPattern.addressLiteral("localhost")).isEmpty();
    }
}
