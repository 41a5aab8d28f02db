package org.mtainterop.report.allure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResultContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunResultsWriterTest {
    @TempDir
    Path results;

    @Test
    void theSameBytesTwiceAreOneFileUnderTwoNames() throws Exception {
        RunResultsWriter writer = new RunResultsWriter(results);
        writer.write("a-attachment", stream("TLS enumeration: 63 raw hellos"));
        writer.write("b-attachment", stream("TLS enumeration: 63 raw hellos"));
        writer.write("c-attachment", stream("Verdict CERT-01"));
        assertThat(Files.readString(results.resolve("b-attachment"))).isEqualTo("TLS enumeration: 63 raw hellos");
        assertThat(Files.isSameFile(results.resolve("a-attachment"), results.resolve("b-attachment"))).isTrue();
        assertThat(Files.isSameFile(results.resolve("a-attachment"), results.resolve("c-attachment"))).isFalse();
        assertThat(Files.readString(results.resolve("c-attachment"))).isEqualTo("Verdict CERT-01");
    }

    @Test
    void whenTheFirstCopyIsGoneTheBytesAreWrittenAgain() throws Exception {
        RunResultsWriter writer = new RunResultsWriter(results);
        writer.write("a-attachment", stream("transcript"));
        Files.delete(results.resolve("a-attachment"));
        writer.write("b-attachment", stream("transcript"));
        assertThat(Files.readString(results.resolve("b-attachment"))).isEqualTo("transcript");
    }

    @Test
    void aContainerOfPassedPlumbingIsLeftOutAnyOtherIsWritten() throws Exception {
        RunResultsWriter writer = new RunResultsWriter(results);
        writer.write(container("plumbing", fixture(RunResultsWriter.PLUMBING + "bindScenario(io.cucumber.java.Scenario)",
                Status.PASSED)));
        writer.write(container("failed-hook", fixture(RunResultsWriter.PLUMBING + "bindScenario(io.cucumber.java.Scenario)",
                Status.BROKEN)));
        writer.write(container("operator-hook", fixture("com.example.OperatorHooks.login()", Status.PASSED)));
        try (var files = Files.list(results)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("failed-hook-container.json", "operator-hook-container.json");
        }
    }

    private static TestResultContainer container(String uuid, FixtureResult before) {
        return new TestResultContainer().setUuid(uuid).setChildren(List.of("child")).setBefores(List.of(before));
    }

    private static FixtureResult fixture(String name, Status status) {
        return new FixtureResult().setName(name).setStatus(status);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
