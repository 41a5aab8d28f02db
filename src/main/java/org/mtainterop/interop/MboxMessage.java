package org.mtainterop.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One message found in an mbox file ({@code From } separator lines), and its unfolded header fields. */
public record MboxMessage(List<String> headers) {

    /** The message of the mbox whose headers contain {@code token} (e.g. its Message-ID), if any. */
    public static Optional<MboxMessage> find(String mbox, String token) {
        for (String block : mbox.replace("\r\n", "\n").split("\n(?=From )")) {
            int end = block.indexOf("\n\n");
            String head = end < 0 ? block : block.substring(0, end);
            if (head.contains(token)) {
                return Optional.of(new MboxMessage(unfold(head)));
            }
        }
        return Optional.empty();
    }

    private static List<String> unfold(String head) {
        List<String> fields = new ArrayList<>();
        for (String line : head.split("\n")) {
            if (line.startsWith("From ")) {
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && !fields.isEmpty()) {
                fields.set(fields.size() - 1, fields.get(fields.size() - 1) + " " + line.strip());
            } else {
                fields.add(line);
            }
        }
        return List.copyOf(fields);
    }

    /** The topmost Received field: the one the receiving MTA added. */
    public Optional<String> topReceived() {
        return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith("received:")).findFirst()
                .map(h -> h.substring("received:".length()).strip());
    }
}
