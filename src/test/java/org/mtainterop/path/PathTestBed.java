package org.mtainterop.path;

import com.github.dockerjava.api.model.ContainerNetwork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.target.container.DockerAvailability;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

/**
 * Four operators on internal Docker networks, each with distinct subnets (Docker assigns them; the operators file is
 * written from what it assigned), each a Postfix (submission with SASL through Dovecot, MX, LMTP over STARTTLS to
 * Dovecot) and a Dovecot (IMAP, the test account), linked by an internal "exchange" network. Mail goes between them
 * only by transport maps naming {@code mx.<operator>.test}, resolved by Docker's embedded DNS on these networks; no
 * network has a way out and nothing else is routed (the image's error transport).
 * <ul>
 *   <li>{@code a}, {@code b}: compliant; each declares its network and its MX's exchange address</li>
 *   <li>{@code c}: sends through its own relay {@code relay.c.test} over a cleartext hop (the relay offers no
 *   STARTTLS): PATH-01 fails naming that hop</li>
 *   <li>{@code u}: sends through {@code relay.u.test}, which sits on a network {@code u} does not declare (and on the
 *   exchange at an undeclared address): PATH-02 fails naming those addresses</li>
 * </ul>
 * Each test account's password is random, copied into Dovecot as a file (never an environment variable) and given to
 * the harness through {@code password_file}.
 */
final class PathTestBed implements AutoCloseable {
    static final String POSTFIX = "mta-interop/path-postfix:latest";
    static final String DOVECOT = "mta-interop/path-dovecot:latest";
    static final List<String> OPERATORS = List.of("a", "b", "c", "u");
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final Map<String, GenericContainer<?>> containers = new LinkedHashMap<>();
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final TestPki pki = TestPki.generate();
    private final String runId = HexFormat.of().formatHex(random(3));

    /** Skips (or, in CI, fails) the calling test when Docker or an image is missing: never a pass. */
    static void assumeAvailable() {
        Optional<String> problem = DockerAvailability.problem().or(() -> DockerAvailability.missingImage(POSTFIX))
                .or(() -> DockerAvailability.missingImage(DOVECOT));
        problem.ifPresent(p -> {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(p + " (CI must run the container scenarios: see .ci/run)");
            }
            Assumptions.abort(p + " (containers/build-images.sh path-postfix path-dovecot)");
        });
    }

    static PathTestBed start() {
        PathTestBed bed = new PathTestBed();
        try {
            bed.build();
            return bed;
        } catch (RuntimeException e) {
            bed.close();
            throw e;
        }
    }

    private Network network(String name) {
        return networks.computeIfAbsent(name, n -> {
            Network net = Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)
                    .withName("mta-interop-path-" + n + "-" + HexFormat.of().formatHex(random(4)))).build();
            return net;
        });
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private void build() {
        for (String n : List.of("a", "b", "c", "u", "outsourced", "exchange")) {
            network(n).getId(); // created now: the relays' configuration names their subnets
        }
        for (String o : OPERATORS) {
            passwords.put(o, HexFormat.of().formatHex(random(16)) + "-Pw!");
            GenericContainer<?> dovecot = container(DOVECOT, "imap." + o + ".test")
                    .withEnv("SERVER_HOSTNAME", "imap." + o + ".test").withEnv("ACCOUNT", "test")
                    .withCopyToContainer(Transferable.of(passwords.get(o).getBytes(StandardCharsets.UTF_8), 0644),
                            "/etc/mta-interop/secret/password")
                    .waitingFor(Wait.forLogMessage(".*starting up for imap, lmtp.*", 1));
            dovecot.withNetwork(network(o)).withNetworkAliases("imap." + o + ".test");
            String via = switch (o) {
                case "c" -> "relay.c.test";
                case "u" -> "relay.u.test";
                default -> null;
            };
            List<String> transports = new ArrayList<>();
            for (String other : OPERATORS) {
                if (!other.equals(o)) {
                    transports.add(other + ".test=" + (via != null ? via : "mx." + other + ".test") + ":25");
                }
            }
            // c's own relay offers no STARTTLS: c's MX sends to it opportunistically (a verifying one would defer)
            GenericContainer<?> postfix = container(POSTFIX, "mx." + o + ".test")
                    .withEnv("MAIL_DOMAINS", o + ".test").withEnv("OUTBOUND_POLICY", o.equals("c") ? "may" : "verify")
                    .withEnv("SUBMISSION_SASL", "imap." + o + ".test:12345")
                    .withEnv("LMTP_NEXT_HOP", "imap." + o + ".test:24")
                    .withEnv("TRANSPORTS", String.join(" ", transports));
            postfix.withNetwork(network(o)).withNetworkAliases("mx." + o + ".test");
            containers.put("dovecot-" + o, dovecot);
            containers.put("postfix-" + o, postfix);
        }
        List<String> toAll = OPERATORS.stream().map(x -> x + ".test=mx." + x + ".test:25").toList();
        GenericContainer<?> relayC = container(POSTFIX, "relay.c.test").withEnv("TLS_LEVEL", "none")
                .withEnv("OUTBOUND_POLICY", "verify").withEnv("MAIL_DOMAINS", "relay.c.test")
                .withEnv("RELAY_NETWORKS", subnet("c"))
                .withEnv("TRANSPORTS", String.join(" ", toAll));
        relayC.withNetwork(network("c")).withNetworkAliases("relay.c.test");
        GenericContainer<?> relayU = container(POSTFIX, "relay.u.test")
                .withEnv("OUTBOUND_POLICY", "verify").withEnv("MAIL_DOMAINS", "relay.u.test")
                .withEnv("RELAY_NETWORKS", subnet("outsourced"))
                .withEnv("TRANSPORTS", String.join(" ", toAll));
        relayU.withNetwork(network("outsourced")).withNetworkAliases("relay.u.test");
        containers.put("relay-c", relayC);
        containers.put("relay-u", relayU);
        network("exchange");
        Startables.deepStart(containers.values()).join();
        // Second networks, connected once started (Postfix listens on every address and resolves at delivery time).
        for (String o : OPERATORS) {
            connect("postfix-" + o, "exchange", "mx." + o + ".test");
        }
        connect("postfix-u", "outsourced", "mx.u.test");
        connect("relay-c", "exchange", "relay.c.test");
        connect("relay-u", "exchange", "out.relay.u.test"); // not relay.u.test: u's MX must reach it on the outsourced network
    }

    private void connect(String container, String network, String alias) {
        DockerClientFactory.instance().client().connectToNetworkCmd()
                .withContainerId(containers.get(container).getContainerId()).withNetworkId(network(network).getId())
                .withContainerNetwork(new ContainerNetwork().withAliases(alias)).exec();
    }

    /** The subnet Docker gave {@code network} (e.g. 172.23.0.0/16). */
    String subnet(String network) {
        return DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId(network(network).getId()).exec()
                .getIpam().getConfig().get(0).getSubnet();
    }

    /** The address of {@code container} on {@code network}. */
    String address(String container, String network) {
        String id = network(network).getId();
        var info = DockerClientFactory.instance().client().inspectContainerCmd(containers.get(container).getContainerId())
                .exec();
        return info.getNetworkSettings().getNetworks().values().stream().filter(n -> id.equals(n.getNetworkID()))
                .map(ContainerNetwork::getIpAddress).findFirst()
                .orElseThrow(() -> new IllegalStateException(container + " has no address on " + network));
    }

    /** The last lines of every container's log whose name starts with {@code prefix} (for a failed run's report). */
    String logs(String prefix) {
        StringBuilder out = new StringBuilder();
        containers.forEach((name, c) -> {
            if (name.startsWith(prefix)) {
                List<String> lines = c.getLogs().lines().toList();
                out.append("--- ").append(name).append(" ---\n");
                lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> out.append(l).append('\n'));
            }
        });
        return out.toString();
    }

    String password(String operator) {
        return passwords.get(operator);
    }

    /** Every header line of every message in the operator's Maildir (for checking what the run left there). */
    String mailbox(String operator) {
        try {
            return containers.get("dovecot-" + operator).execInContainer("sh", "-c",
                    "find /var/mail/maildir -type f -path '*/cur/*' -o -type f -path '*/new/*' | xargs -r cat").getStdout();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the operators file (with the test root as {@code trust_ca} and each password in its own file beside it)
     * into {@code dir}: a, b and c declare their networks and their hosts' exchange addresses; u declares its own
     * network and its MX's exchange address, not its relay's network nor the relay's exchange address.
     */
    Path writeOperatorsFile(Path dir) throws java.io.IOException {
        Files.writeString(dir.resolve("test-root.pem"), PemCodec.encodeCertificate(pki.rootCertificate()));
        StringBuilder y = new StringBuilder("operators:\n");
        for (String o : OPERATORS) {
            Files.writeString(dir.resolve(o + ".password"), passwords.get(o) + "\n");
            List<String> declared = new ArrayList<>(List.of(subnet(o), address("postfix-" + o, "exchange") + "/32"));
            if (o.equals("c")) {
                declared.add(address("relay-c", "exchange") + "/32");
            }
            y.append("  - name: ").append(o).append("\n")
                    .append("    domains: [").append(o).append(".test]\n")
                    .append("    mx: [{name: mx.").append(o).append(".test, address: ")
                    .append(address("postfix-" + o, o)).append("}]\n")
                    .append("    trust_ca: test-root.pem\n")
                    .append("    networks: [").append(String.join(", ", declared)).append("]\n")
                    .append("    test_mailbox:\n")
                    .append("      address: test@").append(o).append(".test\n")
                    .append("      submission: {name: mx.").append(o).append(".test, address: ")
                    .append(address("postfix-" + o, o)).append(", port: 587}\n")
                    .append("      imap: {name: imap.").append(o).append(".test, address: ")
                    .append(address("dovecot-" + o, o)).append(", port: 143}\n")
                    .append("      user: test\n")
                    .append("      password_file: ").append(o).append(".password\n");
        }
        Path file = dir.resolve("operators.yaml");
        Files.writeString(file, y.toString());
        return file;
    }

    private GenericContainer<?> container(String image, String hostname) {
        GenericContainer<?> c = new GenericContainer<>(DockerImageName.parse(image));
        c.setExposedPorts(new ArrayList<>());
        IssuedCredential credential = pki.issue(CertificateProfile.VALID, hostname);
        c.withEnv("MX_HOSTNAME", hostname)
                .withCopyToContainer(Transferable.of(credential.chainPem().getBytes(StandardCharsets.US_ASCII), 0644),
                        "/etc/mta-interop/tls/fullchain.pem")
                .withCopyToContainer(Transferable.of(credential.privateKeyPem().getBytes(StandardCharsets.US_ASCII), 0600),
                        "/etc/mta-interop/tls/key.pem")
                .withCopyToContainer(Transferable.of(PemCodec.encodeCertificate(pki.rootCertificate())
                        .getBytes(StandardCharsets.US_ASCII), 0644), "/etc/mta-interop/tls/ca.pem")
                .withCreateContainerCmdModifier(cmd -> cmd.withHostName(hostname.substring(0, hostname.indexOf('.')))
                        .withName("mta-interop-path-" + hostname.replace('.', '-') + "-" + runId))
                .waitingFor(Wait.forLogMessage(".*daemon started.*", 1));
        return c;
    }

    @Override
    public void close() {
        containers.values().forEach(c -> resources.add(c::stop));
        networks.values().forEach(n -> resources.add(n::close)); // after the containers: attached networks stay
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                // best effort: the next resource is still released
            }
        }
    }
}
