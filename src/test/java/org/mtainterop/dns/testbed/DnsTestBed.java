package org.mtainterop.dns.testbed;

import com.github.dockerjava.api.model.ContainerNetwork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.mtainterop.dns.DnsResolverSettings;
import org.mtainterop.target.container.DockerAvailability;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * A real DNSSEC test bed for tests: one container of {@value #IMAGE} (containers/dns/) on an internal Docker
 * network this bed creates (or one the test gives), where NSD serves the test tree (apex {@code test.} by
 * default) and Unbound validates with the apex's trust anchor. Keys are generated and zones signed with
 * ldns-signzone when the container starts, so no key exists before the test and none leaves the container;
 * only the apex's DS is copied out, as the harness's {@link #trustAnchorFile()}.
 *
 * <p>Unbound resolves only the test tree (every other name is refused; no root hints are used) and the
 * network is internal: a test using this bed never reaches a resolver or name server outside it. Its
 * {@link #resolverAddress()} is the container's address on the network, reachable from the JVM on the Docker
 * host (through the bridge) and from containers on the same network.
 *
 * <pre>{@code
 * try (DnsTestBed bed = DnsTestBed.builder()
 *         .zone("secure.test", ZoneMode.SIGNED, "@ IN MX 10 mx\nmx IN A 192.0.2.25\n")
 *         .zone("bogus.test", ZoneMode.BROKEN_SIGNATURES, "...")
 *         .start()) {
 *     DnsLookup dns = DnsLookups.create(bed.harnessSettings());
 * }
 * }</pre>
 * Start one per test class ({@code @BeforeAll}): it takes about two seconds.
 */
public final class DnsTestBed implements AutoCloseable {
    public static final String IMAGE = "mta-interop/dns:latest";
    public static final String DEFAULT_APEX = "test";
    private static final String INPUT = "/etc/mta-interop/dns/";
    private static final String TRUST_ANCHOR = "/run/mta-interop/dns/trust-anchor.ds";

    private final GenericContainer<?> container;
    private final Network network;
    private final boolean ownsNetwork;
    private final InetAddress address;
    private final Path trustAnchorFile;
    private final String apex;

    private DnsTestBed(GenericContainer<?> container, Network network, boolean ownsNetwork, InetAddress address,
                       Path trustAnchorFile, String apex) {
        this.container = container;
        this.network = network;
        this.ownsNetwork = ownsNetwork;
        this.address = address;
        this.trustAnchorFile = trustAnchorFile;
        this.apex = apex;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Why the bed cannot start here (no Docker, image not built), or empty. */
    public static Optional<String> unavailable() {
        return DockerAvailability.problem().or(() -> DockerAvailability.missingImage(IMAGE));
    }

    /**
     * Skips the calling test with the reason when the bed cannot start (no Docker or no image); in CI
     * ({@code CI=true}) fails it instead, since CI must run the container tests.
     */
    public static void assumeAvailable() {
        unavailable().ifPresent(problem -> {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(problem + " (CI must run the DNS test bed: containers/build-images.sh dns)");
            }
            Assumptions.abort(problem);
        });
    }

    /** Unbound's address and port (53) on the bed's network. */
    public InetSocketAddress resolverAddress() {
        return new InetSocketAddress(address, 53);
    }

    /** Unbound's IP on the bed's network, for other containers' resolv.conf. */
    public String resolverIp() {
        return address.getHostAddress();
    }

    /** The DS of the apex, one line, as {@code --trust-anchor} and {@link org.mtainterop.dns.TrustAnchors} read it. */
    public Path trustAnchorFile() {
        return trustAnchorFile;
    }

    /** The network the bed's container is on (created by the bed unless the builder was given one). */
    public Network network() {
        return network;
    }

    /** The apex of the test tree, without the trailing dot ("test"). */
    public String apex() {
        return apex;
    }

    /** Settings for harness validation ({@code ValidationMode.HARNESS}) through the bed's Unbound, short timeouts. */
    public DnsResolverSettings harnessSettings() {
        return adBitSettings().withTrustAnchor(trustAnchorFile);
    }

    /** Settings for trusting the bed's Unbound's AD bit ({@code ValidationMode.RESOLVER_AD_BIT}). */
    public DnsResolverSettings adBitSettings() {
        return DnsResolverSettings.resolver(resolverAddress()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(8));
    }

    /** The container's log (NSD and Unbound, with Unbound's validation failures), for failure messages. */
    public String logs() {
        return container.getLogs();
    }

    @Override
    public void close() {
        container.stop();
        if (ownsNetwork) {
            network.close();
        }
        try {
            Files.deleteIfExists(trustAnchorFile);
        } catch (IOException e) {
            // a temp file; the OS cleans up
        }
    }

    /** Which zones the bed serves, under which apex, on which network. */
    public static final class Builder {
        private final Map<String, TestZone> zones = new LinkedHashMap<>();
        private String apex = DEFAULT_APEX;
        private String apexRecords = "";
        private Network network;
        private final List<String> aliases = new ArrayList<>();

        private Builder() {
        }

        /** Adds a zone under the apex (its parent is the longest other zone it lies under, else the apex). */
        public Builder zone(String name, ZoneMode mode, String records) {
            TestZone zone = new TestZone(name, mode, records);
            if (!zone.name().endsWith("." + apex)) {
                throw new IllegalArgumentException("zone " + zone.name() + " is not under the apex " + apex);
            }
            zones.put(zone.name(), zone);
            return this;
        }

        /**
         * The six standard fixtures, each with the records {@code records} gives for its name:
         * {@link StandardZones#SECURE} (signed), {@link StandardZones#INSECURE} (unsigned delegation),
         * {@link StandardZones#EXPIRED}, {@link StandardZones#NOT_YET_VALID}, {@link StandardZones#BROKEN},
         * {@link StandardZones#NO_DS} (signed, no DS: insecure) and {@link StandardZones#WRONG_DS} (bogus); and
         * {@link StandardZones#LAME}, a delegation to a server that does not answer (SERVFAIL).
         */
        public Builder standardFixtures(Function<String, String> records) {
            StandardZones.ALL.forEach((name, mode) -> zone(name, mode, records.apply(name)));
            apexRecords += StandardZones.LAME_DELEGATION;
            return this;
        }

        /** Records in the apex zone itself (relative to the apex). */
        public Builder apexRecords(String records) {
            this.apexRecords += records;
            return this;
        }

        /** Joins an existing network (the test's, with its MTAs) instead of creating an internal one. */
        public Builder network(Network existing, String... networkAliases) {
            this.network = existing;
            this.aliases.addAll(List.of(networkAliases));
            return this;
        }

        /** Starts the container (about two seconds), waits until both daemons answer, copies the trust anchor out. */
        public DnsTestBed start() {
            boolean ownsNetwork = network == null;
            Network net = ownsNetwork
                    ? Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)).build()
                    : network;
            StringBuilder list = new StringBuilder();
            zones.values().forEach(z -> list.append(z.name()).append(' ').append(z.mode().word()).append('\n'));
            GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(IMAGE))
                    .withNetwork(net)
                    .withEnv("APEX", apex)
                    .withCopyToContainer(Transferable.of(list.toString()), INPUT + "zones.list")
                    .withCopyToContainer(Transferable.of(apexRecords), INPUT + apex + ".zone")
                    .waitingFor(Wait.forLogMessage(".*dns test bed ready.*\\n", 1).withStartupTimeout(Duration.ofSeconds(60)));
            if (!aliases.isEmpty()) {
                container.withNetworkAliases(aliases.toArray(String[]::new));
            }
            for (TestZone zone : zones.values()) {
                container.withCopyToContainer(Transferable.of(zone.records()), INPUT + zone.name() + ".zone");
            }
            try {
                container.start();
            } catch (RuntimeException e) {
                String log = "";
                try {
                    log = container.getLogs();
                } catch (RuntimeException ignored) {
                    // container gone
                }
                container.stop();
                if (ownsNetwork) {
                    net.close();
                }
                throw new IllegalStateException("DNS test bed did not start: " + e.getMessage() + "\n" + log, e);
            }
            try {
                Path anchor = Files.createTempFile("mta-interop-dns-anchor", ".ds");
                container.copyFileFromContainer(TRUST_ANCHOR, in -> Files.write(anchor, in.readAllBytes()));
                return new DnsTestBed(container, net, ownsNetwork, addressOn(container, net), anchor, apex);
            } catch (IOException | RuntimeException e) {
                container.stop();
                if (ownsNetwork) {
                    net.close();
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }

        private static InetAddress addressOn(GenericContainer<?> container, Network net) {
            for (ContainerNetwork attached : container.getContainerInfo().getNetworkSettings().getNetworks().values()) {
                if (net.getId().equals(attached.getNetworkID())) {
                    try {
                        return InetAddress.getByName(attached.getIpAddress());
                    } catch (UnknownHostException e) {
                        throw new IllegalStateException("container address " + attached.getIpAddress(), e);
                    }
                }
            }
            throw new IllegalStateException("the DNS test bed is not attached to network " + net.getId());
        }
    }
}
