package org.mtainterop.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.Severity;

/** What a scenario's tags say: requirement ID ({@code @REQ-X}), severity, profiles, direction. */
public record ScenarioTags(Optional<String> requirement, Optional<Severity> severity, List<String> profiles) {
    private static final List<String> PROFILES = List.of("pilot", "anssi", "modern");

    public static ScenarioTags of(Collection<String> tags) {
        Optional<String> requirement = Optional.empty();
        Optional<Severity> severity = Optional.empty();
        List<String> profiles = new ArrayList<>();
        for (String tag : tags) {
            String bare = tag.startsWith("@") ? tag.substring(1) : tag;
            if (bare.startsWith("REQ-")) {
                requirement = Optional.of(bare.substring(4));
            } else if (PROFILES.contains(bare)) {
                profiles.add(bare);
            } else if (severity.isEmpty()) {
                severity = Severity.fromTag(bare);
            }
        }
        return new ScenarioTags(requirement, severity, List.copyOf(profiles));
    }
}
