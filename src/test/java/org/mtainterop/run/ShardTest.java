package org.mtainterop.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtainterop.net.MailService;
import org.mtainterop.operators.MxHost;
import org.mtainterop.operators.Operator;
import org.mtainterop.operators.OperatorMx;
import org.mtainterop.policy.PolicyProfile;

class ShardTest {

    @Test
    void parsesIOfN() {
        assertThat(Shard.parse("2/5")).isEqualTo(new Shard(2, 5));
        assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(Shard.WHOLE);
        assertThat(Shard.parse("3/3").whole()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/3", "4/3", "x", "", "1/0", "-1/3", "1/", "/3", "2/3/4", "1.5/3", "1/10001"})
    void badValuesAreErrorsNamingTheOption(String text) {
        assertThatThrownBy(() -> Shard.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--shard");
    }

    @Test
    void theMessagesSayWhatIsWrong() {
        assertThatThrownBy(() -> Shard.parse("0/3")).hasMessageContaining("between 1 and 3").hasMessageContaining("from 1");
        assertThatThrownBy(() -> Shard.parse("4/3")).hasMessageContaining("between 1 and 3");
        assertThatThrownBy(() -> Shard.parse("x")).hasMessageContaining("expected I/N");
    }

    @Test
    void everyKeyIsInExactlyOneShard() {
        for (int count : new int[] {1, 2, 3, 7, 16}) {
            for (int k = 0; k < 2000; k++) {
                String key = "operator-" + (k % 37) + "/mx" + k + ".pilot.test";
                int finalCount = count;
                long holders = IntStream.rangeClosed(1, count).filter(i -> new Shard(i, finalCount).holds(key)).count();
                assertThat(holders).as(key + " in " + count + " shards").isEqualTo(1);
            }
        }
    }

    @Test
    void theAssignmentIsSpreadEvenly() {
        Map<Integer, Integer> sizes = new TreeMap<>();
        for (int k = 0; k < 7000; k++) {
            sizes.merge(Shard.of("op" + (k % 50) + "/mx" + k + ".test", 7), 1, Integer::sum);
        }
        assertThat(sizes).hasSize(7);
        assertThat(sizes.values()).allSatisfy(n -> assertThat(n).isBetween(850, 1150)); // 1000 each expected
    }

    @Test
    void theAssignmentIsPinned() {
        // SHA-256 of the name, its first 8 bytes unsigned, mod N, plus 1 (values from Python's hashlib): a change here
        // moves targets between the shards of nightly runs already scheduled, so it must be deliberate.
        assertThat(List.of(Shard.of("a", 4), Shard.of("b", 4), Shard.of("dns:example.net", 4),
                Shard.of("example-mail/mx1.example.net", 4))).containsExactly(3, 3, 1, 4);
        assertThat(List.of(Shard.of("a", 3), Shard.of("b", 3), Shard.of("dns:example.net", 3),
                Shard.of("example-mail/mx1.example.net", 3))).containsExactly(2, 2, 2, 1);
    }

    @Test
    void theSameTargetLandsInTheSameShardWhateverTheOrderAndOtherEntries() {
        List<OperatorMx> all = new ArrayList<>();
        for (int o = 0; o < 12; o++) {
            Operator operator = operator("op" + o);
            for (int m = 0; m < 5; m++) {
                all.add(new OperatorMx(operator, new MxHost("mx" + m + ".op" + o + ".test", 25, Optional.empty())));
            }
        }
        Map<String, Integer> first = assignment(all, 4);
        List<OperatorMx> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(19));
        List<OperatorMx> edited = new ArrayList<>(shuffled.subList(7, shuffled.size()));
        edited.add(new OperatorMx(operator("newcomer"), new MxHost("mx.newcomer.test", 25, Optional.empty())));
        Map<String, Integer> second = assignment(edited, 4);
        second.forEach((name, shard) -> {
            if (first.containsKey(name)) {
                assertThat(shard).as(name).isEqualTo(first.get(name));
            }
        });
        assertThat(second).hasSize(all.size() - 7 + 1);
    }

    @Test
    void domainsAndGivenTargetsAreShardedToo() {
        List<DomainSpec> domains = IntStream.range(0, 40).mapToObj(i -> DomainSpec.of("d" + i + ".test")).toList();
        List<TargetSpec> given = IntStream.range(0, 40).mapToObj(i -> TargetSpec.parse("mx" + i + ".test", MailService.SMTP))
                .toList();
        var all = new RunPlan.Targets(given, Optional.empty(), List.of(), List.of(), List.of(), domains);
        int domainsSeen = 0;
        int givenSeen = 0;
        for (int i = 1; i <= 3; i++) {
            RunPlan.Targets part = ShardSelection.of(all, new Shard(i, 3));
            assertThat(part.domains()).hasSizeLessThan(40);
            domainsSeen += part.domains().size();
            givenSeen += part.given().size();
            int index = i;
            part.domains().forEach(d -> assertThat(Shard.of(d.targetName(), 3)).isEqualTo(index));
            part.given().forEach(t -> assertThat(Shard.of(t.display(), 3)).isEqualTo(index));
        }
        assertThat(domainsSeen).isEqualTo(40);
        assertThat(givenSeen).isEqualTo(40);
    }

    @Test
    void theEmbeddedDefaultIsNotSplit() {
        assertThatThrownBy(() -> ShardSelection.of(RunPlan.Targets.embeddedDefault(), new Shard(1, 2)))
                .hasMessageContaining("--shard 1/2").hasMessageContaining("embedded");
        assertThat(ShardSelection.of(RunPlan.Targets.embeddedDefault(), Shard.WHOLE).embedded()).isTrue();
    }

    private static Map<String, Integer> assignment(List<OperatorMx> mxs, int count) {
        var all = new RunPlan.Targets(List.of(), Optional.empty(), List.of(), List.of(), mxs, List.of());
        Map<String, Integer> shardOf = new TreeMap<>();
        for (int i = 1; i <= count; i++) {
            for (OperatorMx mx : ShardSelection.of(all, new Shard(i, count)).operators()) {
                Integer before = shardOf.put(mx.target().name(), i);
                assertThat(before).as(mx.target().name() + " in one shard only").isNull();
            }
        }
        assertThat(shardOf).hasSize(mxs.size());
        return shardOf;
    }

    private static Operator operator(String name) {
        return new Operator(name, List.of(name + ".test"), List.of(), false, PolicyProfile.PILOT, Optional.empty(), false,
                Optional.empty(), Optional.empty(), List.of());
    }
}
