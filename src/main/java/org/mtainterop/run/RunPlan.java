package org.mtainterop.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.operators.OperatorMx;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.target.container.DovecotProfile;
import org.mtainterop.target.container.ReferenceSpec;

/**
 * What the user asked for in one run. No targets and no reference containers means the embedded
 * reference targets.
 *
 * @param mxName the name certificates are checked against when a target is given as an address
 * @param tags   an extra Cucumber tag expression, and-ed with the profile's
 * @param live   what the harness may send to live targets and how fast it may connect
 * @param accessReferences Dovecot reference containers to start (each profile: six user-access services)
 * @param operators the MX hosts of an operators file, each judged with its operator's profile and trust CA
 * @param parallelTargets how many targets are probed at once (each with at most {@code maxConnectionsPerHost})
 */
public record RunPlan(List<TargetSpec> targets, Optional<String> mxName, List<Path> trustCas, String ehloName,
                      PolicyProfile profile, Optional<String> tags, Path reportDir, Optional<Path> jsonFile,
                      boolean html, boolean strict, int maxConnectionsPerHost,
                      NetworkLimits limits, List<ReferenceSpec> references, LiveTargetPolicy live,
                      List<DovecotProfile> accessReferences, List<OperatorMx> operators, int parallelTargets) {
    /** Targets probed at once unless {@code --parallel-targets} says otherwise. */
    public static final int DEFAULT_PARALLEL_TARGETS = 8;

    public RunPlan {
        if (parallelTargets < 1) {
            throw new IllegalArgumentException("parallelTargets must be at least 1");
        }
        operators = List.copyOf(operators);
        java.util.Objects.requireNonNull(live, "live");
        accessReferences = List.copyOf(accessReferences);
        targets = List.copyOf(targets);
        trustCas = List.copyOf(trustCas);
        references = List.copyOf(references);
    }

    /** A plan with the default politeness toward live targets ({@link LiveTargetPolicy#polite()}). */
    public RunPlan(List<TargetSpec> targets, Optional<String> mxName, List<Path> trustCas, String ehloName,
                   PolicyProfile profile, Optional<String> tags, Path reportDir, Optional<Path> jsonFile,
                   boolean html, boolean strict, int maxConnectionsPerHost, NetworkLimits limits,
                   List<ReferenceSpec> references) {
        this(targets, mxName, trustCas, ehloName, profile, tags, reportDir, jsonFile, html, strict,
                maxConnectionsPerHost, limits, references, LiveTargetPolicy.polite(), List.of(), List.of(),
                DEFAULT_PARALLEL_TARGETS);
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
                maxConnectionsPerHost, limits, specs, live, accessReferences, operators, parallelTargets);
    }

    /** The same plan, treating live targets as {@code policy} says. */
    public RunPlan withLiveTargetPolicy(LiveTargetPolicy policy) {
        return new RunPlan(targets, mxName, trustCas, ehloName, profile, tags, reportDir, jsonFile, html, strict,
                maxConnectionsPerHost, limits, references, policy, accessReferences, operators, parallelTargets);
    }

    /** The same plan, judging these Dovecot reference containers (every user-access service of each) too. */
    public RunPlan withAccessReferences(List<DovecotProfile> profiles) {
        return new RunPlan(targets, mxName, trustCas, ehloName, profile, tags, reportDir, jsonFile, html, strict,
                maxConnectionsPerHost, limits, references, live, profiles, operators, parallelTargets);
    }

    /** The same plan, judging these operators' MX hosts (each with its operator's profile and trust CA) too. */
    public RunPlan withOperators(List<OperatorMx> mxs) {
        return new RunPlan(targets, mxName, trustCas, ehloName, profile, tags, reportDir, jsonFile, html, strict,
                maxConnectionsPerHost, limits, references, live, accessReferences, mxs, parallelTargets);
    }

    /** The same plan, probing at most {@code n} targets at once. */
    public RunPlan withParallelTargets(int n) {
        return new RunPlan(targets, mxName, trustCas, ehloName, profile, tags, reportDir, jsonFile, html, strict,
                maxConnectionsPerHost, limits, references, live, accessReferences, operators, n);
    }

    /** The operator MX a target of this run stands for, if it came from the operators file. */
    public Optional<OperatorMx> operatorMx(String targetName) {
        return operators.stream().filter(o -> o.target().name().equals(targetName)).findFirst();
    }

    /** The profile a target is judged with: its operator's, else the plan's. */
    public PolicyProfile profileOf(String targetName) {
        return operatorMx(targetName).map(o -> o.operator().profile()).orElse(profile);
    }

    /** No live target and no reference container: the embedded reference targets. */
    public boolean embedded() {
        return targets.isEmpty() && references.isEmpty() && accessReferences.isEmpty() && operators.isEmpty();
    }

    public String tagExpression() {
        String profileTags = "(" + profile.tagExpression() + ") and @in";
        return tags.map(t -> profileTags + " and (" + t + ")").orElse(profileTags);
    }

    /**
     * The tag expression for one target: the plan's, and-ed with the target's service tag ({@code @smtp},
     * {@code @submission}, {@code @imap}, {@code @pop3}), so each target gets its protocol's scenarios only.
     */
    public String tagExpressionFor(org.mtainterop.net.MailService service) {
        return tagExpression() + " and " + service.featureTag();
    }

    /** As {@link #tagExpressionFor(org.mtainterop.net.MailService)}, with {@code judgedWith}'s scenarios. */
    public String tagExpressionFor(org.mtainterop.net.MailService service, PolicyProfile judgedWith) {
        String profileTags = "(" + judgedWith.tagExpression() + ") and @in";
        return tags.map(t -> profileTags + " and (" + t + ")").orElse(profileTags) + " and " + service.featureTag();
    }

    /** The outbound scenarios of the profile (the embedded sender's), with the user's extra tags. */
    public String outboundTagExpression() {
        String profileTags = "(" + profile.tagExpression() + ") and @out";
        return tags.map(t -> profileTags + " and (" + t + ")").orElse(profileTags);
    }

    public Path json() {
        return jsonFile.orElse(reportDir.resolve("summary.json"));
    }
}
