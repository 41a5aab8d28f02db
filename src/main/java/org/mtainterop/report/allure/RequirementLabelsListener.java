package org.mtainterop.report.allure;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.report.ScenarioTags;
import org.mtainterop.run.ActiveDomain;
import org.mtainterop.run.ActiveRun;
import org.mtainterop.run.CatalogLocation;

/**
 * Labels every Allure result, just before it is written, with what a reader filters on: requirement ID
 * (label and a link to its catalog row), severity, profile and target. The target also goes into the
 * name, a parameter and the history id, so one scenario run against two targets gives two results, each
 * with its own history. A scenario run from a target's copy of the features (a batch launch, {@code
 * run/FeatureCopies}) is keyed by where it is in the features directory, as if its target had been judged alone.
 * Registered through META-INF/services.
 */
public final class RequirementLabelsListener implements TestLifecycleListener {
    private static final String GHERKIN_URI = "gherkin_uri";
    /** What the Allure plugin strips from a feature's URI (its working directory, as {@code Path.toUri} writes it). */
    private static final String WORKING_DIRECTORY = Paths.get("").toUri().getSchemeSpecificPart();

    @Override
    public void beforeTestWrite(TestResult result) {
        List<Label> labels = new ArrayList<>(result.getLabels());
        List<Link> links = new ArrayList<>(result.getLinks());
        List<Parameter> parameters = new ArrayList<>(result.getParameters());
        ScenarioTags parsed = ScenarioTags.of(labels.stream().filter(l -> "tag".equals(l.getName()))
                .map(Label::getValue).toList());
        parsed.requirement().ifPresent(id -> {
            labels.add(label("requirement", id));
            links.add(new Link().setName("catalog " + id).setType("requirement")
                    .setUrl(CatalogLocation.url() + "#" + id.toLowerCase(Locale.ROOT)));
        });
        parsed.severity().ifPresent(s -> labels.add(label("severity", switch (s) {
            case MUST -> "critical";
            case SHOULD -> "normal";
            case INFO -> "trivial";
        })));
        parsed.profiles().forEach(p -> labels.add(label("profile", p)));
        Optional<URI> scenario = scenarioUri(labels);
        scenario.flatMap(ActiveRun::originalOf).ifPresent(original -> keyAsTheOriginal(result, labels, original));
        String target = targetName(scenario);
        labels.removeIf(l -> "parentSuite".equals(l.getName()));
        labels.add(label("target", target));
        labels.add(label("parentSuite", target));
        parameters.add(new Parameter().setName("target").setValue(target));
        result.setLabels(labels);
        result.setLinks(links);
        result.setParameters(parameters);
        result.setName(result.getName() + " [" + target + "]");
        result.setHistoryId(md5(result.getHistoryId() + "|" + target));
        result.setTestCaseId(md5(result.getTestCaseId() + "|" + target));
    }

    private static String targetName(Optional<URI> scenario) {
        if (ActiveDomain.active()) {
            return ActiveDomain.current().targetName();
        }
        try {
            return scenario.isPresent() ? ActiveRun.of(scenario.get()).target().name() : ActiveRun.current().target().name();
        } catch (IllegalStateException outsideARun) {
            return unknownTarget(scenario);
        }
    }

    /** The name of a result no target owns, in the language of its feature's edition: "unknown target", « cible inconnue ». */
    static String unknownTarget(Optional<URI> scenario) {
        return scenario.map(ReportLanguage::ofFeature).orElse(ReportLanguage.EN).text("allure.unknownTarget");
    }

    /** The URI of the scenario's feature file, as the Allure plugin labelled it. */
    private static Optional<URI> scenarioUri(List<Label> labels) {
        return labels.stream().filter(l -> GHERKIN_URI.equals(l.getName())).map(Label::getValue).findFirst()
                .flatMap(RequirementLabelsListener::parse);
    }

    private static Optional<URI> parse(String uri) {
        try {
            return Optional.of(new URI(uri));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * A scenario run from one target's copy of the features (a batch launch): its URI, full name, history and test
     * case ids made from where the scenario is in the features directory, as the Allure plugin makes them
     * ({@code <uri relative to the working directory>:<line>}, {@code …:<name>}), so a target's results and their
     * history read the same whether it was judged alone or in a batch.
     */
    private static void keyAsTheOriginal(TestResult result, List<Label> labels, URI original) {
        String fullName = result.getFullName() == null ? "" : result.getFullName();
        String line = fullName.substring(fullName.lastIndexOf(':') + 1);
        String uri = original.getSchemeSpecificPart();
        String relative = uri.startsWith(WORKING_DIRECTORY) ? uri.substring(WORKING_DIRECTORY.length()) : uri;
        String copyPackage = packageOf(result.getLabels().stream().filter(l -> GHERKIN_URI.equals(l.getName()))
                .map(Label::getValue).findFirst().map(URI::create).orElse(original)) + ".";
        labels.replaceAll(l -> GHERKIN_URI.equals(l.getName()) ? label(GHERKIN_URI, original.toString())
                : "package".equals(l.getName()) && l.getValue().startsWith(copyPackage)
                ? label("package", packageOf(original) + l.getValue().substring(copyPackage.length() - 1)) : l);
        result.setFullName(relative + ":" + line);
        result.setHistoryId(ResultsUtils.md5(relative + ":" + line));
        result.setTestCaseId(ResultsUtils.md5(relative + ":" + result.getName()));
    }

    /** The package label's path part, as the Allure plugin makes it: the URI from the working directory, dotted. */
    private static String packageOf(URI feature) {
        URI relative = feature.isOpaque() ? feature : new File("").toURI().relativize(feature);
        return Stream.of(relative.normalize().getSchemeSpecificPart().replaceAll("\\.", "_").split("/"))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("."));
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
