package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.pki.TestPki;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.probe.TlsEnumerationProbe;
import org.mtainterop.tls.raw.CipherSuite;
import org.mtainterop.tls.raw.ProtocolVersion;

/**
 * The harness's raw enumeration must see what testssl.sh sees on the same Postfix container: the same
 * protocol versions and the same accepted cipher suites ({@code testssl --starttls smtp -p -e}). Postfix
 * links the same OpenSSL 3 as Debian's testssl.sh, so no suite is invisible to either side (on Exim,
 * GnuTLS also accepts 3DES, which OpenSSL 3 no longer has: there the harness sees more than testssl).
 */
class TestsslAgreementTest {
    private static final Map<ProtocolVersion, String> TESTSSL_IDS = Map.of(ProtocolVersion.SSL_2_0, "SSLv2",
            ProtocolVersion.SSL_3_0, "SSLv3", ProtocolVersion.TLS_1_0, "TLS1", ProtocolVersion.TLS_1_1, "TLS1_1",
            ProtocolVersion.TLS_1_2, "TLS1_2", ProtocolVersion.TLS_1_3, "TLS1_3");
    private static TestPki pki;
    @TempDir
    Path work;

    @BeforeAll
    static void dockerAndTestssl() {
        DockerRequirement.assumeDocker();
        if (!Files.isExecutable(Path.of("/usr/bin/testssl"))) {
            String problem = "testssl.sh not installed (apt-get install testssl.sh)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(problem + ": .ci/run installs it");
            }
            Assumptions.abort(problem);
        }
        pki = TestPki.generate();
    }

    @ParameterizedTest
    @EnumSource(value = ContainerTlsProfile.class, names = {"COMPLIANT", "STOCK", "LEGACY_TLS", "WEAK_CIPHERS"})
    void protocolsAndSuitesEqualTestssl(ContainerTlsProfile profile) throws Exception {
        try (PostfixContainer postfix = new PostfixContainer()) {
            postfix.withTlsProfile(profile).withCertificate(pki.issue(profile.certificate(), postfix.getMxName()));
            postfix.start();
            var endpoint = postfix.getSmtpEndpoint();
            ProbeSettings settings = new ProbeSettings(ProbeSettings.DEFAULT_EHLO_NAME, NetworkLimits.defaults(),
                    TrustAnchors.none(), 4);
            TlsEnumerationFacts harness = TlsEnumerationProbe.unbounded(settings).run(endpoint);
            JsonNode testssl = runTestssl(endpoint.host() + ":" + endpoint.port());

            Map<String, Boolean> harnessVersions = new TreeMap<>();
            Map<String, Boolean> testsslVersions = new TreeMap<>();
            harness.versions().forEach(v -> harnessVersions.put(v.version().label(), v.accepted()));
            for (var e : TESTSSL_IDS.entrySet()) {
                testsslVersions.put(e.getKey().label(), finding(testssl, e.getValue()).startsWith("offered"));
            }
            assertThat(harnessVersions).as("protocol versions, " + profile.label()).isEqualTo(testsslVersions);

            Set<String> harnessSuites = new TreeSet<>();
            harness.allAcceptedSuites().forEach(s -> harnessSuites.add(hex(s)));
            Set<String> testsslSuites = new TreeSet<>();
            testssl.forEach(f -> {
                String id = f.path("id").asText();
                if (id.startsWith("cipher_x")) {
                    testsslSuites.add(String.format("0x%04x", Integer.parseInt(id.substring("cipher_x".length()), 16)));
                }
            });
            assertThat(harnessSuites).as("accepted suites, " + profile.label()).isEqualTo(testsslSuites);
        }
    }

    private static String hex(CipherSuite suite) {
        return String.format("0x%04x", suite.code());
    }

    private static String finding(JsonNode findings, String id) {
        for (JsonNode f : findings) {
            if (id.equals(f.path("id").asText())) {
                return f.path("finding").asText();
            }
        }
        return "";
    }

    private JsonNode runTestssl(String hostPort) throws Exception {
        Path json = work.resolve("testssl.json");
        Process p = new ProcessBuilder("/usr/bin/testssl", "--quiet", "--color", "0", "--warnings", "off",
                "--starttls", "smtp", "-p", "-e", "--jsonfile", json.toString(), hostPort)
                .redirectErrorStream(true).redirectOutput(work.resolve("testssl.txt").toFile()).start();
        if (!p.waitFor(Duration.ofMinutes(3).toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail("testssl.sh did not finish within 3 minutes");
        }
        return new ObjectMapper().readTree(json.toFile());
    }
}
