package org.mtainterop.target.container;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.PemCodec;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * Dovecot 2.3 from the Debian packages (containers/dovecot/, built as mta-interop/dovecot:latest, never
 * pulled): IMAP 143/993, POP3 110/995 and submission 587/465, configured at start from the environment
 * contract, every port published on 127.0.0.1 only, no DNS resolver; submission relays to relay.invalid
 * and only for a user nobody can log in as, so nothing ever leaves.
 */
public final class DovecotContainer extends GenericContainer<DovecotContainer> {
    public static final String IMAGE = "mta-interop/dovecot:latest";
    public static final String DEFAULT_SERVER_NAME = "mail.dovecot.test";
    private static final Map<MailService, Integer> PORTS = Map.of(MailService.IMAP, 143, MailService.IMAPS, 993,
            MailService.POP3, 110, MailService.POP3S, 995, MailService.SUBMISSION, 587, MailService.SUBMISSIONS, 465);
    private String serverName = DEFAULT_SERVER_NAME;

    public DovecotContainer() {
        super(DockerImageName.parse(IMAGE));
        withImagePullPolicy(name -> false);
        Integer[] ports = PORTS.values().stream().sorted().toArray(Integer[]::new);
        withExposedPorts(ports);
        withEnv("SERVER_HOSTNAME", serverName);
        withCreateContainerCmdModifier(cmd -> {
            var hostConfig = cmd.getHostConfig();
            hostConfig.withPortBindings(Arrays.stream(ports)
                    .map(p -> new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(p))).toList());
            hostConfig.withDns(List.of("127.0.0.1"));
        });
        waitingFor(GreetingWaitStrategy.imap(PORTS.get(MailService.IMAP)));
    }

    public DovecotContainer withServerName(String name) {
        this.serverName = name;
        withEnv("SERVER_HOSTNAME", name);
        return this;
    }

    public DovecotContainer withProfile(DovecotProfile profile) {
        profile.environment().forEach(this::withEnv);
        return this;
    }

    /** Mounts the chain, key and test root as containers/README.md says (fullchain.pem, key.pem, ca.pem). */
    public DovecotContainer withCertificate(IssuedCredential credential) {
        String dir = ReferenceMtaContainer.TLS_DIR;
        withCopyToContainer(Transferable.of(credential.chainPem().getBytes(StandardCharsets.US_ASCII), 0644),
                dir + IssuedCredential.FULLCHAIN_FILE);
        withCopyToContainer(Transferable.of(credential.privateKeyPem().getBytes(StandardCharsets.US_ASCII), 0600),
                dir + IssuedCredential.KEY_FILE);
        withCopyToContainer(Transferable.of(PemCodec.encodeCertificate(credential.trustedRoot())
                .getBytes(StandardCharsets.US_ASCII), 0644), dir + IssuedCredential.CA_FILE);
        return this;
    }

    public String getServerName() {
        return serverName;
    }

    /** Where the harness reaches {@code service} from the host: 127.0.0.1 and the published port. */
    public Endpoint getEndpoint(MailService service) {
        Integer port = PORTS.get(service);
        if (port == null) {
            throw new IllegalArgumentException("Dovecot here serves no " + service.label());
        }
        return new Endpoint("127.0.0.1", getMappedPort(port), serverName);
    }

    /** The user-access services this container offers, STARTTLS ones first. */
    public static List<MailService> services() {
        return List.of(MailService.SUBMISSION, MailService.SUBMISSIONS, MailService.IMAP, MailService.IMAPS,
                MailService.POP3, MailService.POP3S);
    }
}
