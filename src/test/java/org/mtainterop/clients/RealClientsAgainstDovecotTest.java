package org.mtainterop.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.sender.DockerBridge;
import org.mtainterop.target.container.DovecotProfile;
import org.testcontainers.containers.Container;

/**
 * Every client x protocol x mode marked supported really works, verified: against Dovecot with a certificate for
 * its name (compliant) it exits 0; against the same Dovecot, same credentials, presenting a certificate for
 * another name (wrong-host) it fails, and Dovecot never sees its credentials. Had a client not verified the
 * name, it would have logged in and this test would fail. Both servers listen on the Docker host gateway, where
 * the survey's access server will.
 */
class RealClientsAgainstDovecotTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String USER = "u" + randomText(11);
    private static final String PASSWORD = randomText(22);
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private static GreenMail relay;
    private static SurveyDovecot compliant;
    private static SurveyDovecot wrongHost;
    private static ClientContainer clients;
    private static TestPki pki;
    private static final Map<String, ClientRun> compliantRuns = new LinkedHashMap<>();
    private static final Map<String, ClientRun> wrongHostRuns = new LinkedHashMap<>();
    private static List<SurveyClient> all;

    @BeforeAll
    static void runEverySupportedJobAgainstBothServers() throws Exception {
        ClientsDockerRequirement.requireDockerAndBuildClientsImage();
        InetAddress gateway = DockerBridge.gateway();
        relay = new GreenMail(new ServerSetup(0, gateway.getHostAddress(), ServerSetup.PROTOCOL_SMTP).dynamicPort());
        relay.start();
        pki = TestPki.generate();
        int relayPort = relay.getSmtp().getPort();
        compliant = SurveyDovecot.start(DovecotProfile.COMPLIANT, pki, gateway, relayPort, USER, PASSWORD);
        wrongHost = SurveyDovecot.start(DovecotProfile.WRONG_HOST, pki, gateway, relayPort, USER, PASSWORD);
        clients = new ClientContainer().withServerName(compliant.serverName());
        clients.start();
        all = SurveyClients.all(clients, gateway);
        runAll(compliant, compliantRuns);
        runAll(wrongHost, wrongHostRuns);
        printTimes();
    }

    private static void runAll(SurveyDovecot server, Map<String, ClientRun> into) {
        for (SurveyClient client : all) {
            for (AccessProtocolKind protocol : AccessProtocolKind.values()) {
                for (TlsMode mode : TlsMode.values()) {
                    if (client.supports(protocol, mode)) {
                        into.put(key(client.name(), protocol, mode), client.run(job(server, protocol, mode)));
                    }
                }
            }
        }
    }

    private static ClientJob job(SurveyDovecot server, AccessProtocolKind protocol, TlsMode mode) {
        return new ClientJob(protocol, mode, server.serverName(), server.port(protocol, mode),
                PemCodec.encodeCertificate(pki.rootCertificate()), USER, PASSWORD, DEADLINE);
    }

    @AfterAll
    static void stopEverything() {
        for (AutoCloseable c : new AutoCloseable[] {clients, compliant, wrongHost}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort: the next resource must still be stopped
            }
        }
        if (relay != null) {
            relay.stop();
        }
    }

    @Test
    void everySupportedJobSucceedsAgainstTheCompliantServer() {
        assertThat(compliantRuns).hasSize(expectedJobCount());
        compliantRuns.forEach((key, run) -> assertThat(run.exitCode())
                .as(key + " against the compliant server\n--- output\n" + run.output() + "\n--- configuration\n" + run.configuration())
                .isZero());
    }

    @Test
    void everySupportedJobRefusesACertificateForAnotherName() {
        assertThat(wrongHostRuns).hasSize(expectedJobCount());
        wrongHostRuns.forEach((key, run) -> assertThat(run.exitCode())
                .as(key + " against the wrong-name certificate\n--- output\n" + run.output())
                .isNotZero()
                .isNotIn(ClientRun.NOT_APPLICABLE, ClientRun.BAD_JOB));
    }

    @Test
    void theWrongNameServerNeverSawTheCredentialsWhileTheCompliantOneDid() {
        String logged = "user=<" + USER.toLowerCase(Locale.ROOT) + ">"; // as Dovecot logs it (auth_username_format %Lu)
        assertThat(compliant.logs()).as("the compliant Dovecot logs each login").contains("Login: " + logged);
        assertThat(wrongHost.logs()).as("the wrong-name Dovecot must never be sent the credentials").doesNotContain(logged);
    }

    @Test
    void eachSubmissionReachedTheRelayOnceAndOnlyFromTheCompliantServer() throws MessagingException {
        long submissions = compliantRuns.values().stream().filter(r -> r.protocol() == AccessProtocolKind.SUBMISSION).count();
        MimeMessage[] received = relay.getReceivedMessages();
        assertThat(received).as("messages relayed by the compliant Dovecot (none via the wrong-name one)").hasSize((int) submissions);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : received) {
            subjects.add(m.getSubject());
        }
        for (SurveyClient client : all) {
            for (TlsMode mode : TlsMode.values()) {
                if (client.supports(AccessProtocolKind.SUBMISSION, mode)) {
                    assertThat(subjects).as("subjects received").anySatisfy(s -> assertThat(s)
                            .contains(client.name().equals("angus-mail") ? "angus-mail submission" : client.name() + " submission"));
                }
            }
        }
    }

    @Test
    void credentialsNeverAppearInOutputOrConfiguration() {
        List<String> forbidden = List.of(PASSWORD, USER, b64(PASSWORD), b64(USER), b64("\0" + USER + "\0" + PASSWORD));
        List<ClientRun> runs = new ArrayList<>(compliantRuns.values());
        runs.addAll(wrongHostRuns.values());
        for (ClientRun run : runs) {
            for (String secret : forbidden) {
                assertThat(run.output()).as(run + " output").doesNotContain(secret);
                assertThat(run.configuration()).as(run + " configuration").doesNotContain(secret);
            }
        }
        assertThat(runs).as("some client printed its login, redacted").anySatisfy(r ->
                assertThat(r.output() + r.configuration()).containsAnyOf(Redaction.PASSWORD, Redaction.BASE64));
    }

    @Test
    void theDriverAndTheJavaTableAgreeOnWhatIsNotApplicable() throws Exception {
        for (ContainerizedClient client : ContainerizedClient.values()) {
            for (AccessProtocolKind protocol : AccessProtocolKind.values()) {
                for (TlsMode mode : TlsMode.values()) {
                    Container.ExecResult answer = clients.execInContainer(ClientContainer.DRIVER, "--supports",
                            client.label(), protocol.label(), mode.label());
                    String cell = client.label() + " " + protocol.label() + "/" + mode.label();
                    assertThat(answer.getExitCode()).as(cell + ": " + answer.getStderr())
                            .isEqualTo(client.supports(protocol, mode) ? 0 : ClientRun.NOT_APPLICABLE);
                    if (!client.supports(protocol, mode)) {
                        ClientRun run = new ContainerSurveyClient(client, clients).run(job(compliant, protocol, mode));
                        assertThat(run.notApplicable()).as(cell).isTrue();
                        Container.ExecResult driver = clients.execInContainer(ClientContainer.DRIVER, client.label(),
                                protocol.label(), mode.label(), compliant.serverName(), "1");
                        assertThat(driver.getExitCode()).as(cell + " through the driver").isEqualTo(ClientRun.NOT_APPLICABLE);
                    }
                }
            }
        }
    }

    private static int expectedJobCount() {
        int n = 0;
        for (SurveyClient client : all) {
            for (AccessProtocolKind protocol : AccessProtocolKind.values()) {
                for (TlsMode mode : TlsMode.values()) {
                    n += client.supports(protocol, mode) ? 1 : 0;
                }
            }
        }
        return n;
    }

    private static void printTimes() {
        System.out.println("client survey run times (compliant / wrong-name certificate):");
        compliantRuns.forEach((key, run) -> {
            ClientRun wrong = wrongHostRuns.get(key);
            System.out.printf("  %-32s exit %3d %6d ms | exit %3d %6d ms%n", key, run.exitCode(), run.took().toMillis(),
                    wrong.exitCode(), wrong.took().toMillis());
        });
    }

    private static String key(String client, AccessProtocolKind protocol, TlsMode mode) {
        return client + " " + protocol.label() + "/" + mode.label();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomText(int length) {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
