package org.mtainterop.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mtainterop.dns.DnsResolverSettings;
import org.mtainterop.net.MailService;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.operators.OperatorMx;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.target.container.DovecotProfile;
import org.mtainterop.target.container.ReferenceSpec;

/**
 * What the user asked for in one inbound run, in four parts: what to judge ({@link Targets}), how to judge it
 * ({@link Judgement}), how to connect ({@link Connections}) and where to report ({@link ReportDestination}).
 */
public record RunPlan(Targets targets, Judgement judgement, Connections connections, ReportDestination reports) {
    public RunPlan {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(judgement, "judgement");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(reports, "reports");
    }

    /**
     * What to judge. Nothing given means the embedded reference targets.
     *
     * @param given            the targets named with {@code --target}
     * @param mxName           the name certificates are checked against when a given target is an address
     * @param references       reference MTA containers to start
     * @param accessReferences Dovecot reference containers to start (each profile: six user-access services)
     * @param operators        the MX hosts of an operators file, each judged with its operator's profile and trust CA
     * @param domains          mail domains whose published records are judged ({@code --domain}, an operators file's
     *                         {@code domains}); a {@code --domain}'s MX hosts join as port-25 targets
     */
    public record Targets(List<TargetSpec> given, Optional<String> mxName, List<ReferenceSpec> references,
                          List<DovecotProfile> accessReferences, List<OperatorMx> operators, List<DomainSpec> domains) {
        public Targets {
            given = List.copyOf(given);
            Objects.requireNonNull(mxName, "mxName");
            references = List.copyOf(references);
            accessReferences = List.copyOf(accessReferences);
            operators = List.copyOf(operators);
            domains = List.copyOf(domains);
        }

        /** Targets without mail domains. */
        public Targets(List<TargetSpec> given, Optional<String> mxName, List<ReferenceSpec> references,
                       List<DovecotProfile> accessReferences, List<OperatorMx> operators) {
            this(given, mxName, references, accessReferences, operators, List.of());
        }

        /** The embedded reference targets, and the embedded senders. */
        public static Targets embeddedDefault() {
            return new Targets(List.of(), Optional.empty(), List.of(), List.of(), List.of());
        }

        /** These reference MTA containers only. */
        public static Targets references(List<ReferenceSpec> specs) {
            return new Targets(List.of(), Optional.empty(), specs, List.of(), List.of());
        }

        /** These Dovecot reference containers only (every user-access service of each). */
        public static Targets accessReferences(List<DovecotProfile> profiles) {
            return new Targets(List.of(), Optional.empty(), List.of(), profiles, List.of());
        }

        /** No target given and no reference container: the embedded reference targets. */
        public boolean embedded() {
            return given.isEmpty() && references.isEmpty() && accessReferences.isEmpty() && operators.isEmpty()
                    && domains.isEmpty();
        }

        /** The service of the first target, as far as the plan tells before the targets are resolved. */
        public MailService firstService() {
            boolean givenFirst = references.isEmpty() && accessReferences.isEmpty() && !given.isEmpty();
            return givenFirst ? given.get(0).service() : MailService.SMTP;
        }

        /** The operator MX a target of this run stands for, if it came from the operators file. */
        public Optional<OperatorMx> operatorMx(String targetName) {
            return operators.stream().filter(o -> o.isNamed(targetName)).findFirst();
        }
    }

    /**
     * How to connect to the targets.
     *
     * @param ehloName              the name the harness gives in EHLO
     * @param trustCas              extra trusted CA bundles (PEM), beside the JDK trust store
     * @param limits                timeouts: per connection, per reply, per SMTP session
     * @param maxConnectionsPerHost connections to one server (address and port) at once, shared by its targets
     * @param parallelTargets       how many targets are probed at once (each with at most {@code maxConnectionsPerHost})
     * @param live                  what the harness may send to live targets and how fast it may connect
     * @param dns                   how mail domains are looked up: which resolver, and whether the harness validates
     *                              DNSSEC itself (a trust anchor) or trusts the resolver's AD bit
     * @param mtaStsState           {@code --mta-sts-state}: the file holding what the previous run saw of each domain's
     *                              MTA-STS id and policy (read before, rewritten after judging)
     */
    public record Connections(String ehloName, List<Path> trustCas, NetworkLimits limits, int maxConnectionsPerHost,
                              int parallelTargets, LiveTargetPolicy live, DnsResolverSettings dns,
                              Optional<Path> mtaStsState) {
        /** Connections to one server at once unless {@code --max-connections-per-host} says otherwise. */
        public static final int DEFAULT_MAX_CONNECTIONS_PER_HOST = 4;
        /** Targets probed at once unless {@code --parallel-targets} says otherwise. */
        public static final int DEFAULT_PARALLEL_TARGETS = 128;

        public Connections {
            Objects.requireNonNull(ehloName, "ehloName");
            trustCas = List.copyOf(trustCas);
            Objects.requireNonNull(limits, "limits");
            if (parallelTargets < 1) {
                throw new IllegalArgumentException("parallelTargets must be at least 1");
            }
            Objects.requireNonNull(live, "live");
            Objects.requireNonNull(dns, "dns");
            Objects.requireNonNull(mtaStsState, "mtaStsState");
        }

        /** Connections without an MTA-STS state file. */
        public Connections(String ehloName, List<Path> trustCas, NetworkLimits limits, int maxConnectionsPerHost,
                           int parallelTargets, LiveTargetPolicy live, DnsResolverSettings dns) {
            this(ehloName, trustCas, limits, maxConnectionsPerHost, parallelTargets, live, dns, Optional.empty());
        }

        /** Connections with the system resolver for DNS (its AD bit trusted). */
        public Connections(String ehloName, List<Path> trustCas, NetworkLimits limits, int maxConnectionsPerHost,
                           int parallelTargets, LiveTargetPolicy live) {
            this(ehloName, trustCas, limits, maxConnectionsPerHost, parallelTargets, live, DnsResolverSettings.system());
        }

        /** What {@code run} does without connection options: polite to live targets ({@link LiveTargetPolicy#polite()}). */
        public static Connections defaults() {
            return new Connections(ProbeSettings.DEFAULT_EHLO_NAME, List.of(), NetworkLimits.defaults(),
                    DEFAULT_MAX_CONNECTIONS_PER_HOST, DEFAULT_PARALLEL_TARGETS, LiveTargetPolicy.polite());
        }
    }

    /** The profile a mail domain is judged with: its operator's, else the plan's. */
    public PolicyProfile profileOf(DomainSpec domain) {
        return domain.operator().map(o -> o.profile()).orElse(judgement.profile());
    }

    /** The profile a target is judged with: its operator's, else the plan's. */
    public PolicyProfile profileOf(String targetName) {
        return targets.operatorMx(targetName).map(o -> o.operator().profile()).orElse(judgement.profile());
    }
}
