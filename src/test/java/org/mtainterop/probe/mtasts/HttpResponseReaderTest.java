package org.mtainterop.probe.mtasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bounded HTTP/1.1 response reader, fed bytes. */
class HttpResponseReaderTest {

    static HttpResponseReader reader(String response, int maxBody) {
        return new HttpResponseReader(new ByteArrayInputStream(response.getBytes(StandardCharsets.ISO_8859_1)),
                maxBody);
    }

    @Test
    void contentLengthChunkedAndToTheEnd() throws IOException {
        HttpResponseReader length = reader("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhelloXX", 64);
        HttpResponseReader.Head head = length.readHead();
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("content-type")).contains("text/plain");
        assertThat(new String(length.readBody(head).bytes(), StandardCharsets.US_ASCII)).isEqualTo("hello");

        HttpResponseReader chunked = reader("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3\r\nhel\r\n2;x=y\r\nlo\r\n0\r\n\r\n", 64);
        assertThat(new String(chunked.readBody(chunked.readHead()).bytes(), StandardCharsets.US_ASCII))
                .isEqualTo("hello");

        HttpResponseReader eof = reader("HTTP/1.0 200 OK\nContent-Type: text/plain\n\nhello", 64);
        assertThat(new String(eof.readBody(eof.readHead()).bytes(), StandardCharsets.US_ASCII)).isEqualTo("hello");
    }

    @Test
    void bodiesAreCutAtTheLimit() throws IOException {
        HttpResponseReader length = reader("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789", 4);
        HttpResponseReader.Body body = length.readBody(length.readHead());
        assertThat(body.bytes()).hasSize(4);
        assertThat(body.tooLarge()).isTrue();
        HttpResponseReader chunked = reader("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "a\r\n0123456789\r\n", 4);
        assertThat(chunked.readBody(chunked.readHead()).tooLarge()).isTrue();
        HttpResponseReader eof = reader("HTTP/1.1 200 OK\r\n\r\n0123456789", 4);
        assertThat(eof.readBody(eof.readHead()).tooLarge()).isTrue();
    }

    @Test
    void malformedResponsesSayWhat() {
        assertThatThrownBy(() -> reader("SSH-2.0-OpenSSH\r\n", 64).readHead()).hasMessageContaining("not an HTTP status line");
        assertThatThrownBy(() -> reader("HTTP/0.1 093\r\n\r\n", 64).readHead()).hasMessageContaining("not an HTTP status line");
        assertThatThrownBy(() -> reader("HTTP/1.1 600 X\r\n\r\n", 64).readHead()).hasMessageContaining("not an HTTP status line");
        assertThatThrownBy(() -> reader("HTTP/1.1 200 OK\r\nno colon\r\n\r\n", 64).readHead())
                .hasMessageContaining("not a header field");
        assertThatThrownBy(() -> reader("HTTP/1.1 200 OK\r\n" + "X: y\r\n".repeat(101) + "\r\n", 64).readHead())
                .hasMessageContaining("more than 100 header lines");
        assertThatThrownBy(() -> reader("HTTP/1.1 200 OK\r\nX: " + "y".repeat(9000) + "\r\n\r\n", 64).readHead())
                .hasMessageContaining("longer than 8192");
        assertThatThrownBy(() -> reader("HTTP/1.1 200", 64).readHead()).hasMessageContaining("closed inside a line");
        assertThatThrownBy(() -> {
            HttpResponseReader r = reader("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc", 64);
            r.readBody(r.readHead());
        }).hasMessageContaining("closed after 3 of 9 body bytes");
        assertThatThrownBy(() -> {
            HttpResponseReader r = reader("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", 64);
            r.readBody(r.readHead());
        }).hasMessageContaining("invalid Content-Length");
        assertThatThrownBy(() -> {
            HttpResponseReader r = reader("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 64);
            r.readBody(r.readHead());
        }).hasMessageContaining("invalid chunk size");
    }
}
