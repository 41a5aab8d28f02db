package org.mtainterop.probe.mtasts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run saw of a domain's MTA-STS publication, kept for the next run ({@code --mta-sts-state FILE}): the
 * {@code id} of the TXT record and the policy's meaning ({@link org.mtainterop.mtasts.StsPolicy#meaning()}).
 * Comparing the two tells whether the id changed without the policy changing, or the reverse (RFC 8461 §3.1).
 *
 * <p>The file is JSON, one entry per domain, rewritten at the end of every run that observed the domain:
 * <pre>{"mta-sts-state": 1, "domains": {"example.net": {"id": "20240101", "policy": "version: STSv1; ...",
 *  "observed": "2026-12-02T17:00:00Z"}}}</pre>
 */
public record MtaStsState(String domain, String id, String policyMeaning, Instant observed) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT = "mta-sts-state";

    public MtaStsState {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(policyMeaning, "policyMeaning");
        Objects.requireNonNull(observed, "observed");
    }

    /**
     * Every domain's state in {@code file}; an absent file is an empty state (the first run).
     *
     * @throws IllegalArgumentException naming the file and the field when it is not a state file
     */
    public static Map<String, MtaStsState> load(Path file) {
        Map<String, MtaStsState> states = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return states;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isObject() || root.path(FORMAT).asInt(0) != 1) {
            throw new IllegalArgumentException(file + ": " + FORMAT + ": not an MTA-STS state file (version 1)");
        }
        JsonNode domains = root.path("domains");
        if (!domains.isObject()) {
            throw new IllegalArgumentException(file + ": domains: missing or not an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = domains.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = file + ": domains." + entry.getKey();
            JsonNode node = entry.getValue();
            String id = text(node, "id", at);
            String policy = text(node, "policy", at);
            Instant observed;
            try {
                observed = Instant.parse(text(node, "observed", at));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(at + ".observed: not an ISO-8601 instant", e);
            }
            states.put(entry.getKey(), new MtaStsState(entry.getKey(), id, policy, observed));
        }
        return states;
    }

    /** Writes {@code states} to {@code file}, keeping other domains already in it. */
    public static void save(Path file, Map<String, MtaStsState> states) throws IOException {
        Map<String, MtaStsState> all = new LinkedHashMap<>(load(file));
        all.putAll(states);
        ObjectNode root = JSON.createObjectNode();
        root.put(FORMAT, 1);
        ObjectNode domains = root.putObject("domains");
        all.forEach((domain, state) -> {
            ObjectNode node = domains.putObject(domain);
            node.put("id", state.id());
            node.put("policy", state.policyMeaning());
            node.put("observed", state.observed().toString());
        });
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temporary = Files.createTempFile(parent, ".mta-sts-state", ".json");
        Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(at + "." + field + ": missing or not a string");
        }
        return value.textValue();
    }

    /** The state {@code facts} leave for the next run, when the record and the policy were both valid. */
    public static Optional<MtaStsState> of(MtaStsFacts facts, Instant now) {
        return facts.sts().selected().flatMap(record -> facts.policy().flatMap(p -> p.value())
                .map(policy -> new MtaStsState(facts.domain(), record.id(), policy.meaning(), now)));
    }
}
