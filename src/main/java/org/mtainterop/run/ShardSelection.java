package org.mtainterop.run;

import java.util.List;
import java.util.function.Function;
import org.mtainterop.target.container.DovecotProfile;

/**
 * What of a run's targets one {@link Shard} judges. Each target and mail domain is keyed by the name its results
 * are reported under (so {@code merge} can check that no target was judged twice): an operator's MX
 * {@code operator/mx}, a {@code --target} as given, a reference container {@code mta:profile}, a Dovecot reference
 * {@code dovecot:profile} (its six services together), a mail domain {@code dns:domain} (with the MX hosts its DNS
 * names, which join the shard of their domain).
 */
public final class ShardSelection {
    private ShardSelection() {
    }

    /** The part of {@code all} that {@code shard} judges; {@code all} itself for the whole run. */
    public static RunPlan.Targets of(RunPlan.Targets all, Shard shard) {
        if (shard.whole()) {
            return all;
        }
        if (all.embedded()) {
            throw new IllegalArgumentException("--shard " + shard + " splits the targets of --operators, --target, --reference"
                    + " or --domain; the embedded reference targets are judged in one run");
        }
        return new RunPlan.Targets(held(all.given(), TargetSpec::display, shard), all.mxName(),
                held(all.references(), r -> r.targetName(), shard),
                held(all.accessReferences(), ShardSelection::dovecotKey, shard),
                held(all.operators(), mx -> mx.target().name(), shard),
                held(all.domains(), DomainSpec::targetName, shard));
    }

    /** Whether nothing is left to judge in the shard (more shards than targets): the run reports no target. */
    public static boolean empty(RunPlan.Targets shardTargets) {
        return shardTargets.embedded();
    }

    static String dovecotKey(DovecotProfile profile) {
        return "dovecot:" + profile.label();
    }

    private static <T> List<T> held(List<T> items, Function<T, String> key, Shard shard) {
        return items.stream().filter(i -> shard.holds(key.apply(i))).toList();
    }
}
