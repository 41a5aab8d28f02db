package org.mtainterop.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mtainterop.sender.SenderTarget;
import org.mtainterop.target.Target;

/**
 * What a run writes into the Allure report's Environment panel: the harness and Java versions, the profile, the
 * tag expression, and what was judged. Taken while the targets are still running (a container's endpoint is its
 * mapped port).
 */
final class RunEnvironment {
    private RunEnvironment() {
    }

    /** An inbound run: the receiving targets, and the embedded senders of the embedded default. */
    static Map<String, String> inbound(RunPlan plan, List<Target> targets, List<SenderTarget> senders) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("harness.version", HarnessHome.version());
        env.put("java.version", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        env.put("profile", plan.judgement().profile().label());
        env.put("tags", plan.judgement().inboundTagExpression());
        env.put("targets", targets.stream().map(t -> t.name() + "=" + t.endpoint() + " as " + t.endpoint().referenceName())
                .collect(Collectors.joining(", ")));
        if (!senders.isEmpty()) {
            env.put("senders", senders.stream().map(SenderTarget::name).collect(Collectors.joining(", ")));
        }
        return env;
    }

    /** An outbound run (or the senders {@code receive} observed): each sender, and what it is. */
    static Map<String, String> outbound(Judgement judgement, List<SenderTarget> senders) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("harness.version", HarnessHome.version());
        env.put("java.version", System.getProperty("java.version"));
        env.put("direction", "out");
        env.put("profile", judgement.profile().label());
        env.put("tags", judgement.outboundTagExpression());
        env.put("senders", senders.stream().map(t -> t.name() + " (" + t.description() + ")").collect(Collectors.joining(", ")));
        return env;
    }
}
