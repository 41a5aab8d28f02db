package org.mtainterop.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.target.container.ReferenceSpec;

/**
 * What the user asked for in one run. No targets and no reference containers means the embedded
 * reference targets.
 *
 * @param mxName the name certificates are checked against when a target is given as an address
 * @param tags   an extra Cucumber tag expression, and-ed with the profile's
 */
public record RunPlan(List<TargetSpec> targets, Optional<String> mxName, List<Path> trustCas, String ehloName,
                      PolicyProfile profile, Optional<String> tags, Path reportDir, Optional<Path> jsonFile,
                      boolean html, boolean strict, int maxConnectionsPerHost,
                      NetworkLimits limits, List<ReferenceSpec> references) {
    public RunPlan {
        targets = List.copyOf(targets);
        trustCas = List.copyOf(trustCas);
        references = List.copyOf(references);
    }

    /** A plan without reference containers. */
    public RunPlan(List<TargetSpec> targets, Optional<String> mxName, List<Path> trustCas, String ehloName,
                   PolicyProfile profile, Optional<String> tags, Path reportDir, Optional<Path> jsonFile,
                   boolean html, boolean strict, int maxConnectionsPerHost, NetworkLimits limits) {
        this(targets, mxName, trustCas, ehloName, profile, tags, reportDir, jsonFile, html, strict,
                maxConnectionsPerHost, limits, List.of());
    }

    /** The same plan, judging these reference containers too. */
    public RunPlan withReferences(List<ReferenceSpec> specs) {
        return new RunPlan(targets, mxName, trustCas, ehloName, profile, tags, reportDir, jsonFile, html, strict,
                maxConnectionsPerHost, limits, specs);
    }

    /** No live target and no reference container: the embedded reference targets. */
    public boolean embedded() {
        return targets.isEmpty() && references.isEmpty();
    }

    public String tagExpression() {
        String profileTags = "(" + profile.tagExpression() + ") and @in";
        return tags.map(t -> profileTags + " and (" + t + ")").orElse(profileTags);
    }

    public Path json() {
        return jsonFile.orElse(reportDir.resolve("summary.json"));
    }
}
