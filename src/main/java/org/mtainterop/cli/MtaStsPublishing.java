package org.mtainterop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtainterop.adversary.mtasts.PolicyHttpsServer;
import org.mtainterop.adversary.mtasts.PolicyServerFault;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.AdversarialReceiver;
import org.mtainterop.mtasts.MtaStsDomainWriter;
import org.mtainterop.mtasts.MtaStsTestDomain;

/**
 * What {@code receive} publishes for an MTA-STS profile (README, "MTA-STS outbound"): the recipient domain (the
 * parent of {@code --hostname}) with its records and policy written to {@code --mta-sts-dir}, and, with
 * {@code --mta-sts-serve}, the policy served over HTTPS by the harness with a certificate for {@code mta-sts.<domain>}
 * from the run's test PKI (the sender must trust {@code --write-ca}). Usage errors name the option and its value.
 *
 * @param directory        {@code --mta-sts-dir}, or null
 * @param mxAddresses      {@code --mta-sts-address} (the MX's A/AAAA; default the --listen address)
 * @param policyAddresses  {@code --mta-sts-policy-address} (mta-sts.<domain>; default the --mta-sts-serve address,
 *                         else the MX's)
 * @param serve            {@code --mta-sts-serve HOST[:PORT]}, or null
 */
record MtaStsPublishing(Path directory, List<String> mxAddresses, List<String> policyAddresses, String serve) {
    /** HTTPS: where a sender fetches the policy (RFC 8461 §3.3). */
    static final int POLICY_PORT = 443;

    boolean asked() {
        return directory != null || serve != null || !mxAddresses.isEmpty() || !policyAddresses.isEmpty();
    }

    /**
     * Writes and serves what the MTA-STS profile among {@code walk} needs; returns the policy server to close after
     * the run, if one was started. Nothing when no MTA-STS option was given.
     */
    Optional<PolicyHttpsServer> publish(AdversarialReceiver receiver, List<AdversarialProfile> walk,
                                        InetAddress listening, PrintWriter out) throws IOException {
        List<AdversarialProfile> sts = walk.stream().filter(AdversarialProfile::mtaSts).toList();
        if (!asked()) {
            sts.forEach(p -> out.println("profile " + p.label() + " publishes nothing without --mta-sts-dir or"
                    + " --mta-sts-serve: the recipient domain's records and policy must already say what it needs"));
            return Optional.empty();
        }
        String option = directory != null ? "--mta-sts-dir" : serve != null ? "--mta-sts-serve" : "--mta-sts-address";
        if (sts.isEmpty()) {
            throw new IllegalArgumentException(option + " needs an mta-sts-* profile (" + walk.stream()
                    .map(AdversarialProfile::label).toList() + " publish no MTA-STS policy)");
        }
        if (!receiver.hostname().contains(".")) {
            throw new IllegalArgumentException("--hostname " + receiver.hostname()
                    + ": an MTA-STS case needs an MX name inside a domain (mx.<domain>)");
        }
        List<InetAddress> mx = ipLiterals("--mta-sts-address", mxAddresses);
        if (mx.isEmpty()) {
            if (listening.isAnyLocalAddress()) {
                throw new IllegalArgumentException(option + " with a wildcard --listen address needs --mta-sts-address");
            }
            mx.add(listening);
        }
        Optional<ServeAt> serveAt = Optional.ofNullable(serve).map(MtaStsPublishing::serveAt);
        List<InetAddress> policy = ipLiterals("--mta-sts-policy-address", policyAddresses);
        if (policy.isEmpty()) {
            if (serveAt.isPresent() && !serveAt.get().address().isAnyLocalAddress()) {
                policy.add(serveAt.get().address());
            } else {
                policy.addAll(mx);
            }
        }
        String id = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        MtaStsTestDomain domain = receiver.mtaStsDomain(sts.get(0), mx, policy, id).orElseThrow();
        if (directory != null) {
            for (Path written : MtaStsDomainWriter.write(directory, List.of(domain))) {
                out.println("MTA-STS file: " + written);
            }
        }
        out.println("MTA-STS domain " + domain.domain() + ": _mta-sts TXT \"" + domain.txtRecord() + "\"; policy "
                + domain.policyUrl() + ": mode " + domain.mode().keyword() + ", mx " + domain.mxPattern());
        if (serveAt.isEmpty()) {
            return Optional.empty();
        }
        PolicyHttpsServer server;
        try {
            server = PolicyHttpsServer.startForHosts(serveAt.get().address(), serveAt.get().port(),
                    Map.of(domain.policyHost(), receiver.policyHostCredential(domain)));
        } catch (IOException e) {
            throw new IllegalArgumentException("--mta-sts-serve " + serve + ": cannot listen: " + e.getMessage(), e);
        }
        server.serve(domain.policyHost(), domain.policy(), PolicyServerFault.NONE);
        out.println("serving " + domain.policyUrl() + " on " + serveAt.get().address().getHostAddress() + ":" + server.port()
                + " (certificate for " + domain.policyHost() + " from the run's test root: see --write-ca)");
        return Optional.of(server);
    }

    /**
     * An MTA-STS profile runs alone: its domain publishes one policy at a time, and features/mta-sts judges it apart
     * from the other receiver profiles' requirements.
     */
    static void requireAlone(List<AdversarialProfile> walk) {
        if (walk.size() > 1 && walk.stream().anyMatch(AdversarialProfile::mtaSts)) {
            throw new IllegalArgumentException("--profile " + String.join(",", walk.stream().map(AdversarialProfile::label)
                    .toList()) + ": an mta-sts-* profile runs alone (its domain publishes one policy at a time, and"
                    + " features/mta-sts judges it apart): one receive run per MTA-STS case");
        }
    }

    /** Where the policy server listens: an IP literal and a port. */
    record ServeAt(InetAddress address, int port) {
    }

    /** {@code IP}, {@code IP:PORT}, {@code [IPv6]:PORT} or a bare IPv6 literal; the port defaults to 443. */
    static ServeAt serveAt(String value) {
        String v = value.strip();
        String host = v;
        String port = null;
        if (v.startsWith("[") && v.contains("]")) {
            host = v.substring(1, v.indexOf(']'));
            String rest = v.substring(v.indexOf(']') + 1);
            port = rest.isEmpty() ? null : rest.startsWith(":") ? rest.substring(1) : "?";
        } else if (v.indexOf(':') >= 0 && v.indexOf(':') == v.lastIndexOf(':')) {
            host = v.substring(0, v.indexOf(':'));
            port = v.substring(v.indexOf(':') + 1);
        }
        if (port != null && !port.matches("[0-9]{1,5}") || port != null && Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("--mta-sts-serve " + value + ": the port is not 0..65535");
        }
        try {
            return new ServeAt(ipLiterals("--mta-sts-serve", List.of(host)).get(0),
                    port == null ? POLICY_PORT : Integer.parseInt(port));
        } catch (IOException e) {
            throw new IllegalArgumentException("--mta-sts-serve " + value + ": " + e.getMessage(), e);
        }
    }

    /**
     * The IP literals given to {@code option}: never a name lookup on the way to writing a zone. Shared with
     * {@code --dane-address}.
     */
    static List<InetAddress> ipLiterals(String option, List<String> values) throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (String address : values) {
            if (!address.matches("[0-9A-Fa-f:.]+") || !(address.contains(":") || address.matches("[0-9.]+"))) {
                throw new IllegalArgumentException(option + " " + address + " is not an IPv4 or IPv6 address");
            }
            addresses.add(InetAddress.getByName(address));
        }
        return addresses;
    }
}
