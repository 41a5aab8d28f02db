package org.mtainterop.target.container;

import com.github.dockerjava.api.model.Ports;
import java.time.Duration;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * Postfix 3.7 with postfix-mta-sts-resolver 1.1.2 (image {@code mta-interop/postfix-mta-sts}, Debian bookworm
 * packages): an MTA-STS sender for MTASTS-04. It delivers to the one domain {@code MTA_STS_DOMAIN} only, by its
 * MX records on port {@code MTA_STS_PORT}, resolving through {@code DNS_RESOLVER} only (the test bed's
 * Unbound): nothing else is routed. It publishes no port: the harness talks to it with {@code sendmail} and
 * {@code postqueue} inside the container, on the internal network the test creates.
 */
public final class PostfixMtaStsContainer extends ReferenceMtaContainer<PostfixMtaStsContainer> {
    public static final String IMAGE = "mta-interop/postfix-mta-sts:latest";

    public PostfixMtaStsContainer() {
        super(IMAGE, "mx.postfix-mta-sts.test");
        setExposedPorts(java.util.List.of());
        withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(new Ports()));
        waitingFor(Wait.forLogMessage(".*starting Postfix .* in the foreground.*", 1)
                .withStartupTimeout(Duration.ofSeconds(60)));
    }

    /** The recipient domain it delivers to (by MX lookup), and the port of that domain's MX hosts. */
    public PostfixMtaStsContainer withMtaStsDomain(String domain, int mxPort) {
        withEnv("MTA_STS_DOMAIN", domain);
        withEnv("MTA_STS_PORT", Integer.toString(mxPort));
        return this;
    }

    /** The only resolver it asks (MX, A, the _mta-sts TXT record and the policy host). */
    public PostfixMtaStsContainer withResolver(String ip) {
        withEnv("DNS_RESOLVER", ip);
        return this;
    }
}
