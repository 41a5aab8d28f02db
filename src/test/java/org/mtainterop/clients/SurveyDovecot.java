package org.mtainterop.clients;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.mtainterop.pki.TestPki;
import org.mtainterop.target.container.DovecotContainer;
import org.mtainterop.target.container.DovecotProfile;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/**
 * The Dovecot reference container as the server of the client tests, reachable where the survey's access server
 * will be: on the Docker host gateway (ports published on the bridge gateway address only, never the wildcard),
 * under its own name. Made usable for a client, inside this container only: the one account gets the test's user
 * and password, the mailbox one message, and submission relays to {@code relay.survey.test} (the test's GreenMail
 * on the gateway) instead of relay.invalid, so a submitted message can be seen arriving.
 */
final class SurveyDovecot implements AutoCloseable {
    static final String RELAY_NAME = "relay.survey.test";
    private static final List<Integer> PORTS = List.of(143, 993, 110, 995, 587, 465);
    private static final String ONE_MESSAGE = "From alice@survey.test Thu Jan  1 00:00:00 2026\n"
            + "From: <alice@survey.test>\nTo: <bob@survey.test>\nSubject: the one message\n"
            + "Message-ID: <one@survey.test>\n\nThe survey mailbox's only message.\n\n";

    private final DovecotContainer container;

    private SurveyDovecot(DovecotContainer container) {
        this.container = container;
    }

    static SurveyDovecot start(DovecotProfile profile, TestPki pki, InetAddress gateway, int relayPort,
                               String user, String password) throws IOException, InterruptedException {
        DovecotContainer c = new DovecotContainer().withProfile(profile);
        c.withCertificate(pki.issue(profile.certificate(), c.getServerName()));
        c.withExtraHost(RELAY_NAME, "host-gateway");
        c.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(PORTS.stream()
                .map(p -> new PortBinding(Ports.Binding.bindIp(gateway.getHostAddress()), ExposedPort.tcp(p))).toList()));
        // The greeting wait dials 127.0.0.1, where nothing is published now: wait for Dovecot's own start line.
        c.waitingFor(Wait.forLogMessage(".*starting up.*", 1).withStartupTimeout(Duration.ofSeconds(60)));
        c.start();
        SurveyDovecot dovecot = new SurveyDovecot(c);
        try {
            dovecot.prepare(relayPort, user, password);
        } catch (IOException | InterruptedException | RuntimeException e) {
            c.stop();
            throw e;
        }
        return dovecot;
    }

    private void prepare(int relayPort, String user, String password) throws IOException, InterruptedException {
        // Dovecot looks users up lower-cased (auth_username_format = %Lu by default)
        container.copyFileToContainer(Transferable.of((user.toLowerCase(Locale.ROOT) + ":{PLAIN}" + password + "\n")
                .getBytes(StandardCharsets.UTF_8), 0644), "/etc/dovecot/mta-interop.passwd");
        container.copyFileToContainer(Transferable.of(ONE_MESSAGE.getBytes(StandardCharsets.US_ASCII), 0600), "/var/mail/inbox");
        exec("chown inbox:mail /var/mail/inbox"
                + " && sed -i -e 's/^submission_relay_host = .*/submission_relay_host = " + RELAY_NAME + "/'"
                + " -e 's/^submission_relay_port = .*/submission_relay_port = " + relayPort + "/' /etc/dovecot/dovecot.conf"
                + " && doveconf -n >/dev/null && doveadm reload");
        // doveadm reload returns at once; the new configuration serves new connections after the restart
        Thread.sleep(500);
    }

    private void exec(String script) throws IOException, InterruptedException {
        Container.ExecResult r = container.execInContainer("sh", "-c", script);
        if (r.getExitCode() != 0) {
            throw new IOException("preparing Dovecot: " + script + " exited " + r.getExitCode() + ": " + r.getStderr());
        }
    }

    String serverName() {
        return container.getServerName();
    }

    /** The port on the host gateway for {@code protocol} in {@code mode}. */
    int port(AccessProtocolKind protocol, TlsMode mode) {
        int containerPort = switch (protocol.service(mode)) {
            case SUBMISSION -> 587;
            case SUBMISSIONS -> 465;
            case IMAP -> 143;
            case IMAPS -> 993;
            case POP3 -> 110;
            case POP3S -> 995;
            default -> throw new IllegalArgumentException(protocol + "/" + mode);
        };
        return container.getMappedPort(containerPort);
    }

    String logs() {
        return container.getLogs();
    }

    @Override
    public void close() {
        container.stop();
    }
}
