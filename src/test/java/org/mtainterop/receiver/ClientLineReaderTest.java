package org.mtainterop.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClientLineReaderTest {

    private static ClientLineReader reader(String wire) {
        return new ClientLineReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String text(byte[] line) {
        return line == null ? null : new String(line, StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsCrlfAndBareLfLinesAndKeepsALoneCr() throws IOException {
        ClientLineReader reader = reader("EHLO a\r\nNOOP\nX\rY\r\n\r\npartial");
        assertThat(text(reader.readLine())).isEqualTo("EHLO a");
        assertThat(text(reader.readLine())).isEqualTo("NOOP");
        assertThat(text(reader.readLine())).isEqualTo("X\rY");
        assertThat(text(reader.readLine())).isEmpty();
        assertThat(reader.readLine()).as("a last line without its ending is not a command").isNull();
    }

    @Test
    void acceptsALineOfTheLimitAndRefusesOneOctetMore() throws IOException {
        String atLimit = "A".repeat(ClientLineReader.MAX_LINE_OCTETS);
        assertThat(reader(atLimit + "\r\n").readLine()).hasSize(ClientLineReader.MAX_LINE_OCTETS);
        assertThatThrownBy(() -> reader(atLimit + "B\r\n").readLine())
                .isInstanceOf(ClientLineReader.LineTooLongException.class);
    }

    @Test
    void refusesAnEndlessLineWithoutBufferingIt() {
        ClientLineReader reader = new ClientLineReader(new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        });
        assertThatThrownBy(reader::readLine).isInstanceOf(ClientLineReader.LineTooLongException.class);
    }

    @Test
    void discardsWhatWasReadAhead() throws IOException {
        ClientLineReader reader = reader("STARTTLS\r\nNOOP\r\nRSET\r\n");
        assertThat(text(reader.readLine())).isEqualTo("STARTTLS");
        assertThat(reader.discardBuffered()).isEqualTo("NOOP\r\nRSET\r\n".length());
        assertThat(reader.readLine()).isNull();
    }
}
