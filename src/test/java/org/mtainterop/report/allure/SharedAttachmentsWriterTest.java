package org.mtainterop.report.allure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedAttachmentsWriterTest {
    @TempDir
    Path results;

    @Test
    void theSameBytesTwiceAreOneFileUnderTwoNames() throws Exception {
        SharedAttachmentsWriter writer = new SharedAttachmentsWriter(results);
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
        SharedAttachmentsWriter writer = new SharedAttachmentsWriter(results);
        writer.write("a-attachment", stream("transcript"));
        Files.delete(results.resolve("a-attachment"));
        writer.write("b-attachment", stream("transcript"));
        assertThat(Files.readString(results.resolve("b-attachment"))).isEqualTo("transcript");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
