package org.mtainterop.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.policy.PolicyProfile;

/**
 * What the user asked for in one run. No targets means the embedded reference targets.
 *
 * @param mxName the name certificates are checked against when a target is given as an address
 * @param tags   an extra Cucumber tag expression, and-ed with the profile's
 */
public record RunPlan(List<TargetSpec> targets, Optional<String> mxName, List<Path> trustCas, String ehloName,
                      PolicyProfile profile, Optional<String> tags, Path reportDir, Optional<Path> jsonFile,
                      boolean html, boolean strict, int maxConnectionsPerHost,
                      NetworkLimits limits) {
    public RunPlan {
        targets = List.copyOf(targets);
        trustCas = List.copyOf(trustCas);
    }

    public boolean embedded() {
        return targets.isEmpty();
    }

    public String tagExpression() {
        String profileTags = "(" + profile.tagExpression() + ") and @in";
        return tags.map(t -> profileTags + " and (" + t + ")").orElse(profileTags);
    }

    public Path json() {
        return jsonFile.orElse(reportDir.resolve("summary.json"));
    }
}
