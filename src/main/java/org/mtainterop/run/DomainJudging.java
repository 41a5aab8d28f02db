package org.mtainterop.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.dns.DnsLookup;
import org.mtainterop.dns.DnsLookups;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.dns.MxHostDns;
import org.mtainterop.net.Endpoint;
import org.mtainterop.observation.DomainFacts;
import org.mtainterop.observation.DomainObservations;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.probe.ProbeCrashedException;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.probe.mtasts.MtaStsState;
import org.mtainterop.report.TargetReport;
import org.mtainterop.target.LiveTarget;
import org.mtainterop.target.Target;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;

/**
 * The mail domains of a run ({@code --domain}, an operators file's {@code domains}): one fact store each, their
 * DNS looked up ahead ({@link DomainObservations#DNS_RECORDS}) while the rest of the run starts; each MX address a
 * {@code --domain}'s DNS names becomes a port-25 target ({@link #mxTargets}: connected at the address DNS gave,
 * its certificate checked against the MX name); after the targets, each domain is judged with
 * {@code features/dane} in its own launch ({@link #judge}).
 */
final class DomainJudging {
    static final String GLUE = "org.mtainterop.published.steps";
    static final String PLUGINS = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm, org.mtainterop.published.steps.DomainLedgerPlugin";
    /** The features judged per domain: DANE, then MTA-STS and TLS-RPT. */
    static final List<String> FEATURES = List.of("dane", "mta-sts");

    private final RunPlan plan;
    private final List<DomainSpec> domains;
    private final List<DomainFacts> facts;

    private DomainJudging(RunPlan plan, List<DomainSpec> domains, List<DomainFacts> facts) {
        this.plan = plan;
        this.domains = domains;
        this.facts = facts;
    }

    /** Starts the DNS lookups of every domain of the plan on {@code executor}; nothing when there is none. */
    static DomainJudging start(RunPlan plan, ExecutorService executor) {
        List<DomainSpec> domains = plan.targets().domains();
        if (domains.isEmpty()) {
            return new DomainJudging(plan, List.of(), List.of());
        }
        DnsLookup dns = DnsLookups.create(plan.connections().dns());
        RunPlan.Connections c = plan.connections();
        // the MTA-STS policy host and the MX certificates are PKIX-validated against what the port-25 probes trust
        TrustAnchors trust = TrustAnchors.jdkDefaultsAnd(c.trustCas());
        Map<String, MtaStsState> previous = c.mtaStsState().map(MtaStsState::load)
                .orElse(Map.of());
        ProbeSettings settings = new ProbeSettings(c.ehloName(), c.limits(), trust,
                c.maxConnectionsPerHost()).withTransactions(false, Optional.empty()).withMinInterval(c.live().minInterval());
        List<DomainFacts> facts = new ArrayList<>();
        for (DomainSpec domain : domains) {
            DomainFacts store = new DomainFacts(domain.domain(), dns, settings, executor,
                    Optional.ofNullable(previous.get(domain.domain())));
            // Without --tags every domain observation is wanted: all start now, in parallel. With --tags only the
            // DNS answers (cheap, and the MX targets need them); the others (the MTA-STS fetch and MX sessions) are
            // made when a selected scenario asks for them, so a DANE-only run contacts no web or mail server.
            store.prefetch(plan.judgement().tags().isEmpty() ? DomainObservations.all()
                    : List.of(DomainObservations.DNS_RECORDS));
            facts.add(store);
        }
        return new DomainJudging(plan, domains, facts);
    }

    /**
     * The port-25 targets the {@code --domain}s' DNS names: one per MX host and address (IPv4 and IPv6), named
     * {@code <domain>/<mx>[<address>]}, connected at the address and checked against the MX host name. A host whose
     * address lookup failed gives none (DANE-01 says why). Waits for the DNS lookups.
     */
    List<Target> mxTargets() {
        Set<String> seen = new LinkedHashSet<>();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            if (!domains.get(i).addsMxTargets()) {
                continue;
            }
            DomainDnsFacts dns;
            try {
                dns = facts.get(i).await(DomainObservations.DNS_RECORDS);
            } catch (ProbeCrashedException e) {
                continue; // judged "could not test" by the domain's scenarios
            }
            for (MxHostDns host : dns.hosts()) {
                List<InetAddress> addresses = new ArrayList<>();
                host.ipv4().recordsOf(ARecord.class).forEach(a -> addresses.add(a.getAddress()));
                host.ipv6().recordsOf(AAAARecord.class).forEach(a -> addresses.add(a.getAddress()));
                for (InetAddress address : addresses) {
                    String ip = address.getHostAddress();
                    if (seen.add(host.hostName() + "|" + ip)) {
                        String shown = ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip;
                        targets.add(new LiveTarget(dns.domain() + "/" + host.hostName() + "[" + shown + "]",
                                new Endpoint(ip, 25, host.hostName())));
                    }
                }
            }
        }
        return targets;
    }

    /** Judges every domain with features/dane, one launch each on this thread; one report per domain, in order. */
    List<TargetReport> judge(Path allureResults, ResultLedger ledger) {
        if (domains.isEmpty()) {
            return List.of();
        }
        List<Path> features = new ArrayList<>();
        for (String directory : FEATURES) {
            Path path = plan.judgement().features().resolve(directory);
            if (!Files.isDirectory(path)) {
                throw new IllegalArgumentException("features directory not found: " + path
                        + " (run from the mta-interop directory or set -Dmtainterop.home)");
            }
            features.add(path);
        }
        List<TargetReport> reports = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            DomainSpec domain = domains.get(i);
            PolicyProfile profile = plan.profileOf(domain);
            String tags = plan.judgement().publishedTagExpression(profile);
            ActiveDomain active = new ActiveDomain(domain, facts.get(i), profile, ledger);
            for (Path directory : features) {
                ActiveDomain.judging(active, () -> CucumberLaunch.run(directory, tags, allureResults, GLUE, PLUGINS));
            }
            reports.add(ledger.reportOf(domain.targetName(), domain.domain(), 0, domain.domain()));
        }
        saveMtaStsState();
        return reports;
    }

    /** Rewrites {@code --mta-sts-state} with what this run saw of each domain with a valid record and policy. */
    private void saveMtaStsState() {
        Optional<Path> file = plan.connections().mtaStsState();
        if (file.isEmpty()) {
            return;
        }
        Map<String, MtaStsState> seen = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (DomainFacts store : facts) {
            if (!store.observed(DomainObservations.MTA_STS)) {
                continue; // not judged in this run (--tags): its previous state stays, and nothing is fetched for it
            }
            try {
                MtaStsState.of(store.await(DomainObservations.MTA_STS), now).ifPresent(s -> seen.put(s.domain(), s));
            } catch (ProbeCrashedException e) {
                // nothing seen: the previous state of that domain stays
            }
        }
        try {
            MtaStsState.save(file.get(), seen);
        } catch (IOException e) {
            throw new UncheckedIOException("--mta-sts-state " + file.get() + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** What the Allure environment says of the domains: each, and how DNSSEC was validated. */
    String describe() {
        return String.join(", ", domains.stream().map(DomainSpec::domain).toList()) + " ("
                + plan.connections().dns().mode().describe() + ", resolver "
                + plan.connections().dns().resolver().map(a -> a.getHostString() + ":" + a.getPort()).orElse("system") + ")";
    }
}
