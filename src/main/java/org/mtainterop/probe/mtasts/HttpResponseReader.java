package org.mtainterop.probe.mtasts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.AbstractMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtainterop.net.SaidIOException;
import org.mtainterop.policy.Reason;

/**
 * Reads one HTTP/1.1 response (RFC 9112) from a stream, bounded everywhere: the status line and each header
 * line (8 KiB), the header count (100), and the body (at most {@code maxBody} bytes are kept; one byte more
 * marks it as too large and reading stops). Body framing: chunked, Content-Length, or to the end of the
 * connection. Fed bytes in tests; never buffers more than its limits, whatever the peer sends.
 */
final class HttpResponseReader {
    static final int MAX_LINE = 8 * 1024;
    static final int MAX_HEADERS = 100;
    private static final Pattern STATUS = Pattern.compile("HTTP/1\\.(\\d) ([1-5]\\d\\d)(?: (.*))?");

    /** A response head, or why it is not one. */
    record Head(String statusLine, int status, List<Map.Entry<String, String>> headers) {
        Optional<String> header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst();
        }

        long count(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).count();
        }
    }

    /** The body as read: at most the limit, and whether the server had more. */
    record Body(byte[] bytes, boolean tooLarge) {
    }

    /** What is wrong with the response, as a message key and the facts ({@code HttpResponse.*}); its message the English. */
    static final class MalformedResponseException extends SaidIOException {
        private static final long serialVersionUID = 1L;

        MalformedResponseException(Reason said) {
            super(said);
        }
    }

    private final InputStream in;
    private final int maxBody;

    HttpResponseReader(InputStream in, int maxBody) {
        this.in = in;
        this.maxBody = maxBody;
    }

    Head readHead() throws IOException {
        String statusLine = line();
        Matcher status = STATUS.matcher(statusLine);
        if (!status.matches()) {
            throw new MalformedResponseException(Reason.of("HttpResponse.notStatusLine", shown(statusLine)));
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        while (true) {
            String line = line();
            if (line.isEmpty()) {
                break;
            }
            if (headers.size() == MAX_HEADERS) {
                throw new MalformedResponseException(Reason.of("HttpResponse.tooManyHeaders", MAX_HEADERS));
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t'
                    || line.substring(0, colon).chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
                throw new MalformedResponseException(Reason.of("HttpResponse.notHeaderField", shown(line)));
            }
            headers.add(new AbstractMap.SimpleImmutableEntry<>(line.substring(0, colon),
                    line.substring(colon + 1).strip()));
        }
        return new Head(statusLine, Integer.parseInt(status.group(2)), List.copyOf(headers));
    }

    Body readBody(Head head) throws IOException {
        Optional<String> encoding = head.header("Transfer-Encoding");
        if (encoding.isPresent() && encoding.get().toLowerCase(Locale.ROOT).contains("chunked")) {
            return chunked();
        }
        Optional<String> length = head.header("Content-Length");
        if (length.isPresent()) {
            if (head.count("Content-Length") > 1 || !length.get().matches("\\d{1,18}")) {
                throw new MalformedResponseException(Reason.of("HttpResponse.contentLength", shown(length.get())));
            }
            long declared = Long.parseLong(length.get());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            long wanted = Math.min(declared, maxBody + 1L);
            copy(body, wanted, true);
            return new Body(limit(body), declared > maxBody);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        copy(body, maxBody + 1L, false);
        return new Body(limit(body), body.size() > maxBody);
    }

    private Body chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line();
            String size = sizeLine.contains(";") ? sizeLine.substring(0, sizeLine.indexOf(';')) : sizeLine;
            if (!size.strip().matches("[0-9A-Fa-f]{1,8}")) {
                throw new MalformedResponseException(Reason.of("HttpResponse.chunkSize", shown(sizeLine)));
            }
            long chunk = Long.parseLong(size.strip(), 16);
            if (chunk == 0) {
                return new Body(limit(body), false);
            }
            long room = maxBody + 1L - body.size();
            copy(body, Math.min(chunk, room), true);
            if (body.size() > maxBody) {
                return new Body(limit(body), true);
            }
            if (!line().isEmpty()) {
                throw new MalformedResponseException(Reason.of("HttpResponse.chunkTooLong"));
            }
        }
    }

    private void copy(ByteArrayOutputStream body, long count, boolean exact) throws IOException {
        byte[] buffer = new byte[8192];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (exact) {
                    throw new MalformedResponseException(Reason.of("HttpResponse.closedInBody", count - left, count));
                }
                return;
            }
            body.write(buffer, 0, n);
            left -= n;
        }
    }

    private byte[] limit(ByteArrayOutputStream body) {
        byte[] bytes = body.toByteArray();
        return bytes.length <= maxBody ? bytes : java.util.Arrays.copyOf(bytes, maxBody);
    }

    /** One CRLF- (or LF-) terminated line, ISO-8859-1, at most {@link #MAX_LINE} bytes. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new MalformedResponseException(Reason.of(line.size() == 0 ? "HttpResponse.closedBeforeHead"
                        : "HttpResponse.closedInLine"));
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (line.size() == MAX_LINE) {
                throw new MalformedResponseException(Reason.of("HttpResponse.lineTooLong", MAX_LINE));
            }
            line.write(b);
        }
    }

    private static String shown(String text) {
        return org.mtainterop.net.Printable.excerpt(text, 120);
    }
}
