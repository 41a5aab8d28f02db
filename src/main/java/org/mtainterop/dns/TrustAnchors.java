package org.mtainterop.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.DSRecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/**
 * The harness's own DNSSEC trust anchors: DS or DNSKEY records in zone-file syntax, one a line (as
 * {@code ldns-key2ds}, {@code dig DNSKEY} or IANA's {@code root-anchors} conversions print them), blank lines and
 * comments ({@code ;} or {@code #}) allowed. Names must be absolute.
 *
 * @param source  the file they were read from
 * @param anchors the DS and DNSKEY records, in file order
 */
public record TrustAnchors(Path source, List<Record> anchors) {

    public TrustAnchors {
        Objects.requireNonNull(source, "source");
        anchors = List.copyOf(anchors);
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException(source + ": no DS or DNSKEY record (a trust-anchor file needs at least one)");
        }
    }

    /**
     * Reads a trust-anchor file.
     *
     * @throws IllegalArgumentException naming {@code file:line} and what is wrong there (syntax, a relative
     *                                  name, a record that is neither DS nor DNSKEY), or the file if it cannot be read or is empty
     */
    public static TrustAnchors load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the trust-anchor file (" + e.getMessage() + ")");
        }
        List<Record> anchors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            anchors.add(parseLine(file, i + 1, line));
        }
        return new TrustAnchors(file, anchors);
    }

    private static Record parseLine(Path file, int lineNumber, String line) {
        String where = file + ":" + lineNumber + ": ";
        if (!line.split("\\s+", 2)[0].endsWith(".")) {
            throw new IllegalArgumentException(where + "owner name '" + line.split("\\s+", 2)[0]
                    + "' is not absolute (end it with a dot)");
        }
        Record record;
        try (Master master = new Master(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), Name.root, 3600)) {
            record = master.nextRecord();
            if (record != null && master.nextRecord() != null) {
                throw new IllegalArgumentException(where + "more than one record on the line");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith(where)) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException(where + "not a DS or DNSKEY record: " + cleanMessage(e));
        }
        if (record == null) {
            throw new IllegalArgumentException(where + "not a DS or DNSKEY record");
        }
        if (!(record instanceof DSRecord) && !(record instanceof DNSKEYRecord)) {
            throw new IllegalArgumentException(where + "a " + org.xbill.DNS.Type.string(record.getType())
                    + " record; a trust anchor is a DS or a DNSKEY record");
        }
        return record;
    }

    private static String cleanMessage(Exception e) {
        String message = String.valueOf(e.getMessage());
        // dnsjava's tokenizer prefixes "<stdin>:1: " (its own stream and line); the caller names the file and line.
        return message.replaceFirst("^[^:]*:\\d+: ", "");
    }

    /** The anchors in zone-file syntax, one a line (what the validator loads). */
    public String asZoneText() {
        StringBuilder text = new StringBuilder();
        anchors.forEach(r -> text.append(r).append('\n'));
        return text.toString();
    }

    /** The names the anchors are for ("test."). */
    public List<String> names() {
        return anchors.stream().map(r -> r.getName().toString()).distinct().toList();
    }
}
