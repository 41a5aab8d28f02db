package org.mtainterop.run;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.mtainterop.net.MailService;

/**
 * The requirement IDs ({@code @REQ-CERT-01} gives {@code CERT-01}) of the scenarios a tag expression selects
 * for a service, read with the Gherkin parser alone: what a {@code --tags} run plans its probes from
 * ({@link ProbePlan}), known in milliseconds, before the launches that judge the targets are discovered.
 * One answer per tag expression and run.
 */
final class SelectedRequirements {
    private final Path featuresDir;
    private final Map<String, Set<String>> byTags = new ConcurrentHashMap<>();

    SelectedRequirements(Path featuresDir) {
        this.featuresDir = featuresDir;
    }

    /** The requirement IDs of the service's scenarios that {@code tagExpression} selects (it names the service). */
    Set<String> of(MailService service, String tagExpression) {
        return byTags.computeIfAbsent(tagExpression, t -> read(ServiceFeatures.of(featuresDir, service), t));
    }

    static Set<String> read(List<Path> features, String tagExpression) {
        Expression selected = TagExpressionParser.parse(tagExpression);
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
        Set<String> ids = new TreeSet<>();
        for (Path file : featureFiles(features)) {
            try (Stream<Envelope> envelopes = parser.parse(file)) {
                envelopes.flatMap(e -> e.getPickle().stream())
                        .map(pickle -> pickle.getTags().stream().map(PickleTag::getName).toList())
                        .filter(selected::evaluate)
                        .forEach(tags -> ProbePlan.requirementIds(tags).forEach(ids::add));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return Set.copyOf(ids);
    }

    private static List<Path> featureFiles(List<Path> features) {
        return features.stream().flatMap(SelectedRequirements::walk)
                .filter(p -> p.getFileName().toString().endsWith(".feature")).sorted().toList();
    }

    private static Stream<Path> walk(Path path) {
        if (!Files.isDirectory(path)) {
            return Stream.of(path);
        }
        try (Stream<Path> all = Files.walk(path)) {
            return all.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }
}
