package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.SummaryReader;
import org.mtainterop.report.TargetReport;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.DockerStatus;

/**
 * The harness image (containers/harness/, issue 19 part 4) run the way a partner runs it, with Docker only: on an
 * internal network beside two hardened (compliant) reference Postfix MTAs (one with a valid certificate, one with an expired one), an
 * operators file and its CA mounted read-only at /work, a reports directory mounted at /reports. The container's
 * exit code, the verdicts of the JSON summary and the Allure results and HTML report it wrote on the mounted
 * volume are checked.
 */
class HarnessImageContainerTest {
    static final String IMAGE = "mta-interop/harness:latest";
    @TempDir
    static Path dir;
    private static Network network;
    private static PostfixContainer good;
    private static PostfixContainer late;

    @BeforeAll
    static void start() {
        DockerRequirement.assumeDocker();
        DockerRequirement.assumeImage(IMAGE, "containers/build-images.sh harness");
        TestPki pki = TestPki.generate();
        network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)
                .withName("mta-interop-harness-image-" + Long.toHexString(System.nanoTime()))).build();
        good = postfix("mx.good.test", pki, CertificateProfile.VALID);
        late = postfix("mx.late.test", pki, CertificateProfile.EXPIRED);
        try {
            Files.writeString(dir.resolve("ca.pem"), PemCodec.encodeCertificate(pki.rootCertificate()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PostfixContainer postfix(String mx, TestPki pki, CertificateProfile profile) {
        PostfixContainer postfix = new PostfixContainer();
        postfix.withMxName(mx).withTlsProfile(ContainerTlsProfile.COMPLIANT).withCertificate(pki.issue(profile, mx))
                .withNetwork(network).setExposedPorts(List.of());
        postfix.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withPortBindings(new com.github.dockerjava.api.model.Ports()));
        postfix.waitingFor(Wait.forSuccessfulCommand(
                "bash -c 'exec 3<>/dev/tcp/127.0.0.1/25 && timeout 2 head -c 3 <&3 | grep -q 220'")
                .withStartupTimeout(Duration.ofSeconds(60)));
        postfix.start();
        return postfix;
    }

    private static String address(GenericContainer<?> c) {
        return c.getContainerInfo().getNetworkSettings().getNetworks().values().iterator().next().getIpAddress();
    }

    @AfterAll
    static void stop() {
        for (GenericContainer<?> c : new GenericContainer<?>[] {good, late}) {
            if (c != null) {
                c.stop();
            }
        }
        if (network != null) {
            network.close();
        }
    }

    /** Done when the container has exited, whatever its exit code (1 is this run's verdict, not a failure to start). */
    private static final class Exited extends StartupCheckStrategy {
        @Override
        public StartupStatus checkStartupState(DockerClient client, String containerId) {
            return DockerStatus.isContainerStopped(getCurrentState(client, containerId))
                    ? StartupStatus.SUCCESSFUL : StartupStatus.NOT_YET_KNOWN;
        }
    }

    @Test
    void theImageJudgesTheOperatorsAndWritesItsReportsOnTheMountedVolume() throws Exception {
        Files.writeString(dir.resolve("operators.yaml"), "operators:\n"
                + "  - name: good\n    domains: [good.test]\n    trust_ca: ca.pem\n"
                + "    mx:\n      - {name: mx.good.test, address: " + address(good) + "}\n"
                + "  - name: late\n    domains: [late.test]\n    trust_ca: ca.pem\n"
                + "    mx:\n      - {name: mx.late.test, address: " + address(late) + "}\n");
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("rwxrwxrwx")); // the image's user
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (GenericContainer<?> harness = new GenericContainer<>(DockerImageName.parse(IMAGE))) {
            harness.withImagePullPolicy(name -> false).withNetwork(network)
                    // binds set on the create command: Testcontainers' own bind API first checks mounting with a
                    // helper container of an image it would pull
                    .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withBinds(
                            new Bind(dir.toString(), new Volume("/work"), AccessMode.ro),
                            new Bind(reports.toString(), new Volume("/reports"), AccessMode.rw)))
                    .withCommand("run", "--operators", "operators.yaml", "--read-timeout", "10", "--deadline", "40")
                    .withStartupCheckStrategy(new Exited().withTimeout(Duration.ofMinutes(4)));
            harness.start();
            long exit = harness.getDockerClient().inspectContainerCmd(harness.getContainerId()).exec().getState()
                    .getExitCodeLong();
            String logs = harness.getLogs();
            assertThat(exit).as(logs).isEqualTo(1); // late's certificate has expired: CERT-01 (must) fails
            assertThat(logs).contains("== operator good (profile pilot) ==").contains("== operator late (profile pilot) ==")
                    .contains("/reports/summary.json").doesNotContain("Exception");

            RunSummary summary = new SummaryReader().read(reports.resolve("summary.json"));
            Map<String, TargetReport> byName = summary.targets().stream()
                    .collect(Collectors.toMap(TargetReport::name, t -> t, (a, b) -> a, TreeMap::new));
            assertThat(byName).containsOnlyKeys("good/mx.good.test", "late/mx.late.test");
            assertThat(status(byName.get("good/mx.good.test"), "CERT-01")).isEqualTo("passed");
            assertThat(status(byName.get("good/mx.good.test"), "STARTTLS-01")).isEqualTo("passed");
            assertThat(byName.get("good/mx.good.test").results()).noneMatch(r -> r.status().label().equals("failed")
                    && r.severity().label().equals("must"));
            assertThat(status(byName.get("late/mx.late.test"), "CERT-01")).isEqualTo("failed");
            assertThat(status(byName.get("late/mx.late.test"), "CERT-02")).isEqualTo("passed");
            assertThat(summary.catalog()).startsWith("sha256:");

            try (Stream<Path> results = Files.list(reports.resolve("allure-results"))) {
                assertThat(results.filter(p -> p.toString().endsWith("-result.json")).count()).isGreaterThan(10);
            }
            assertThat(reports.resolve("allure-report/index.html")).isRegularFile();
            assertThat(Files.size(reports.resolve("allure-report/index.html"))).isGreaterThan(100_000);
        }
    }

    private static String status(TargetReport target, String requirement) {
        return target.results().stream().filter(r -> r.requirement().equals(requirement)).findFirst()
                .map(RequirementResult::status).map(s -> s.label()).orElse("absent");
    }
}
