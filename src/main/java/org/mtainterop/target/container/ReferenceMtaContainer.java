package org.mtainterop.target.container;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import org.mtainterop.net.Endpoint;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.PemCodec;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * A reference MTA from containers/ (house rule 7): an image built locally by containers/build-images.sh
 * (never pulled), configured at start from the environment contract, its SMTP port published on
 * 127.0.0.1 only, with no DNS resolver that could reach outside.
 */
public abstract class ReferenceMtaContainer<SELF extends ReferenceMtaContainer<SELF>> extends GenericContainer<SELF> {
    public static final int SMTP_PORT = 25;
    static final String TLS_DIR = "/etc/mta-interop/tls/";
    private String mxName;

    protected ReferenceMtaContainer(String image, String defaultMxName) {
        super(DockerImageName.parse(image));
        this.mxName = defaultMxName;
        withImagePullPolicy(name -> false);
        withExposedPorts(SMTP_PORT);
        withEnv("MX_HOSTNAME", defaultMxName);
        withCreateContainerCmdModifier(cmd -> {
            var hostConfig = cmd.getHostConfig();
            hostConfig.withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(SMTP_PORT)));
            hostConfig.withDns(List.of("127.0.0.1"));
        });
        waitingFor(GreetingWaitStrategy.smtp(SMTP_PORT));
    }

    @SuppressWarnings("unchecked")
    private SELF self2() {
        return (SELF) this;
    }

    public SELF withMxName(String name) {
        this.mxName = name;
        withEnv("MX_HOSTNAME", name);
        return self2();
    }

    /**
     * The profile's environment; refused (ContainersUnavailableException) when the image predates a setting the
     * profile needs, rather than started to be judged as a server configured otherwise.
     */
    public SELF withTlsProfile(ContainerTlsProfile profile) {
        DockerAvailability.staleImage(getDockerImageName(), profile.laterSettings()).ifPresent(p -> {
            throw new ContainersUnavailableException(profile.label() + ": " + p, null);
        });
        profile.environment().forEach(this::withEnv);
        return self2();
    }

    /**
     * Replaces the running container's trusted root (ca.pem, what OUTBOUND_POLICY=verify checks peers against) with
     * {@code root}: for a receiver whose test PKI is not the container's (the receive command makes its own).
     * Delivery processes started afterwards read it.
     */
    public void replaceTrustedRoot(X509Certificate root) {
        copyFileToContainer(Transferable.of(PemCodec.encodeCertificate(root).getBytes(StandardCharsets.US_ASCII), 0644),
                TLS_DIR + IssuedCredential.CA_FILE);
    }

    /** Mounts the chain, key and test root as containers/README.md says (fullchain.pem, key.pem, ca.pem). */
    public SELF withCertificate(IssuedCredential credential) {
        withCopyToContainer(Transferable.of(credential.chainPem().getBytes(StandardCharsets.US_ASCII), 0644),
                TLS_DIR + IssuedCredential.FULLCHAIN_FILE);
        withCopyToContainer(Transferable.of(credential.privateKeyPem().getBytes(StandardCharsets.US_ASCII), 0600),
                TLS_DIR + IssuedCredential.KEY_FILE);
        withCopyToContainer(Transferable.of(PemCodec.encodeCertificate(credential.trustedRoot())
                .getBytes(StandardCharsets.US_ASCII), 0644), TLS_DIR + IssuedCredential.CA_FILE);
        return self2();
    }

    /**
     * Mounts a second chain and key (fullchain2.pem, key2.pem) served beside the first, e.g. RSA beside ECDSA; only
     * images whose entrypoint serves dual certificates use it (Postfix), the others log that they ignore it.
     */
    public SELF withSecondCertificate(IssuedCredential credential) {
        withCopyToContainer(Transferable.of(credential.chainPem().getBytes(StandardCharsets.US_ASCII), 0644),
                TLS_DIR + IssuedCredential.SECOND_FULLCHAIN_FILE);
        withCopyToContainer(Transferable.of(credential.privateKeyPem().getBytes(StandardCharsets.US_ASCII), 0600),
                TLS_DIR + IssuedCredential.SECOND_KEY_FILE);
        return self2();
    }

    /**
     * Mounts an OCSP responder's certificate and key (ocsp-signer.pem, ocsp-signer-key.pem): images whose entrypoint
     * staples (Exim, OCSP_STAPLE) sign the response for the leaf with them at start.
     */
    public SELF withOcspResponder(IssuedCredential responder) {
        withCopyToContainer(Transferable.of(responder.chainPem().getBytes(StandardCharsets.US_ASCII), 0644),
                TLS_DIR + "ocsp-signer.pem");
        withCopyToContainer(Transferable.of(responder.privateKeyPem().getBytes(StandardCharsets.US_ASCII), 0600),
                TLS_DIR + "ocsp-signer-key.pem");
        return self2();
    }

    public String getMxName() {
        return mxName;
    }

    /** Where the harness reaches the SMTP port from the host: 127.0.0.1 and the published port. */
    public Endpoint getSmtpEndpoint() {
        return new Endpoint("127.0.0.1", getMappedPort(SMTP_PORT), mxName);
    }
}
