package org.mtainterop.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.java.ParameterType;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.Tag;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mtainterop.interop.steps.InteropSteps;
import org.mtainterop.path.steps.PathSteps;
import org.mtainterop.published.steps.DaneSteps;
import org.mtainterop.published.steps.MtaStsSteps;
import org.mtainterop.steps.AccessSteps;
import org.mtainterop.steps.InboundSteps;
import org.mtainterop.steps.OutboundSteps;
import org.mtainterop.steps.TlsEnumerationSteps;
import org.mtainterop.survey.SurveyCase;
import org.mtainterop.survey.steps.SurveySteps;

/**
 * Keeps the French edition ({@code features/fr/}) scenario for scenario equal to the English one: the same files,
 * feature tags, scenarios in the same order with the same tags, the same steps (each French step bound to the very
 * step method its English twin is bound to), the same examples rows; and written in French, not English under
 * French keywords. A change to one edition without the other fails here.
 */
class FeatureEditionsTest {
    private static final Path ENGLISH = Path.of("features");
    private static final Path FRENCH = ENGLISH.resolve("fr");
    private static final List<Class<?>> GLUE = List.of(InboundSteps.class, AccessSteps.class, TlsEnumerationSteps.class,
            OutboundSteps.class, DaneSteps.class, MtaStsSteps.class, InteropSteps.class, PathSteps.class, SurveySteps.class);
    /** The client survey's editions name each row's server case in their own words (SurveyFeatureText). */
    private static final String SURVEY = "clients";
    private static final Set<String> ENGLISH_STEPS = Set.of("Given", "When", "Then");
    private static final Set<String> FRENCH_STEPS = Set.of("Soit", "Quand", "Alors");

    private static List<Path> features(Path root, boolean skipEditions) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(".feature"))
                    .filter(p -> !skipEditions || !p.startsWith(FRENCH))
                    .map(root::relativize).sorted().toList();
        }
    }

    @Test
    void everyEnglishFeatureHasItsFrenchTwinAndNoFrenchFileIsAnOrphan() throws IOException {
        List<Path> english = features(ENGLISH, true);
        assertThat(english).hasSizeGreaterThanOrEqualTo(26).contains(Path.of(SURVEY, "survey.feature"));
        assertThat(features(FRENCH, false)).containsExactlyElementsOf(english);
    }

    @Test
    void theEditionsAreScenarioForScenarioEqualAndBoundToTheSameSteps() throws IOException {
        Map<Method, List<Pattern>> englishGlue = glue(ENGLISH_STEPS);
        Map<Method, List<Pattern>> frenchGlue = glue(FRENCH_STEPS);
        int scenarios = 0;
        for (Path file : features(FRENCH, false)) {
            Feature en = parse(ENGLISH.resolve(file));
            Feature fr = parse(FRENCH.resolve(file));
            String where = file.toString();
            assertThat(en.getLanguage()).as(where).isEqualTo("en");
            assertThat(fr.getLanguage()).as(where + ": # language: fr").isEqualTo("fr");
            assertThat(tags(fr.getTags())).as(where + " feature tags").isEqualTo(tags(en.getTags()));
            assertThat(fr.getName()).as(where + ": the feature is named in French").isNotEqualTo(en.getName());
            assertThat(fr.getChildren()).as(where + " children").hasSameSizeAs(en.getChildren());
            for (int i = 0; i < en.getChildren().size(); i++) {
                FeatureChild e = en.getChildren().get(i);
                FeatureChild f = fr.getChildren().get(i);
                assertThat(f.getBackground().isPresent()).as(where + " child " + i).isEqualTo(e.getBackground().isPresent());
                assertThat(f.getRule()).as(where + ": no Rule in either edition").isEmpty();
                if (e.getBackground().isPresent()) {
                    sameSteps(where + " background", e.getBackground().get().getSteps(), f.getBackground().get().getSteps(),
                            englishGlue, frenchGlue);
                }
                if (e.getScenario().isPresent()) {
                    scenarios++;
                    sameScenario(where, e.getScenario().get(), f.getScenario().orElseThrow(), englishGlue, frenchGlue);
                }
            }
        }
        assertThat(scenarios).as("scenarios compared").isGreaterThan(70);
    }

    private static void sameScenario(String where, Scenario e, Scenario f, Map<Method, List<Pattern>> englishGlue,
                                     Map<Method, List<Pattern>> frenchGlue) {
        String at = where + " '" + e.getName() + "'";
        assertThat(tags(f.getTags())).as(at + " tags").isEqualTo(tags(e.getTags()));
        assertThat(f.getName()).as(at + ": titled in French").isNotEqualTo(e.getName());
        assertThat(f.getExamples().isEmpty()).as(at + ": outline or not").isEqualTo(e.getExamples().isEmpty());
        assertThat(f.getKeyword()).as(at).isEqualTo(e.getExamples().isEmpty() ? "Scénario" : "Plan du scénario");
        sameSteps(at, e.getSteps(), f.getSteps(), englishGlue, frenchGlue);
        assertThat(f.getExamples()).as(at + " examples").hasSameSizeAs(e.getExamples());
        for (int i = 0; i < e.getExamples().size(); i++) {
            Examples ee = e.getExamples().get(i);
            Examples fe = f.getExamples().get(i);
            assertThat(tags(fe.getTags())).as(at + " examples tags").isEqualTo(tags(ee.getTags()));
            assertThat(cells(fe.getTableHeader().stream().toList())).as(at + " examples header")
                    .isEqualTo(cells(ee.getTableHeader().stream().toList()));
            assertThat(rows(where, fe.getTableBody())).as(at + " examples rows").isEqualTo(rows(where, ee.getTableBody()));
        }
    }

    private static void sameSteps(String at, List<Step> english, List<Step> french, Map<Method, List<Pattern>> englishGlue,
                                  Map<Method, List<Pattern>> frenchGlue) {
        assertThat(french).as(at + " steps").hasSameSizeAs(english);
        for (int i = 0; i < english.size(); i++) {
            Step e = english.get(i);
            Step f = french.get(i);
            assertThat(f.getKeywordType()).as(at + " step " + i + " kind").isEqualTo(e.getKeywordType());
            assertThat(f.getText()).as(at + ": written in French").isNotEqualTo(e.getText());
            Method bound = boundTo(englishGlue, e.getText(), at);
            assertThat(boundTo(frenchGlue, f.getText(), at)).as(at + ": « " + f.getText() + " » and '" + e.getText()
                    + "' run the same step").isEqualTo(bound);
            assertThat(arguments(frenchGlue.get(bound), f.getText())).as(at + ": the same arguments")
                    .isEqualTo(arguments(englishGlue.get(bound), e.getText()));
        }
    }

    private static Method boundTo(Map<Method, List<Pattern>> glue, String text, String at) {
        List<Method> matches = glue.entrySet().stream()
                .filter(g -> g.getValue().stream().anyMatch(p -> p.matcher(text).matches())).map(Map.Entry::getKey).toList();
        assertThat(matches).as(at + ": exactly one step definition for '" + text + "'").hasSize(1);
        return matches.get(0);
    }

    private static List<String> arguments(List<Pattern> expressions, String text) {
        for (Pattern p : expressions) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                List<String> values = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    values.add(m.group(g));
                }
                return values;
            }
        }
        throw new AssertionError("no expression matches " + text);
    }

    /** Each step method's expressions of the given annotations, as regular expressions over the step text. */
    private static Map<Method, List<Pattern>> glue(Set<String> annotations) {
        Map<String, String> parameterTypes = new HashMap<>(Map.of("word", "[^\\s]+", "int", "-?\\d+", "string", "\"[^\"]*\""));
        for (Class<?> c : GLUE) {
            for (Method m : c.getMethods()) {
                ParameterType type = m.getAnnotation(ParameterType.class);
                if (type != null) {
                    parameterTypes.put(type.name().isEmpty() ? m.getName() : type.name(), "(?:" + type.value() + ")");
                }
            }
        }
        Map<Method, List<Pattern>> glue = new HashMap<>();
        for (Class<?> c : GLUE) {
            for (Method m : c.getDeclaredMethods()) {
                for (Annotation a : unwrapped(m.getAnnotations())) {
                    if (annotations.contains(a.annotationType().getSimpleName())) {
                        glue.computeIfAbsent(m, k -> new ArrayList<>()).add(regex(expression(a), parameterTypes));
                    }
                }
            }
        }
        return glue;
    }

    /** Repeated step annotations (two {@code @When} on one method) come in their container: unwrap it. */
    private static List<Annotation> unwrapped(Annotation[] annotations) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : annotations) {
            try {
                Object value = a.annotationType().getMethod("value").invoke(a);
                if (value instanceof Annotation[] repeated) {
                    out.addAll(List.of(repeated));
                    continue;
                }
            } catch (ReflectiveOperationException e) {
                // no value(): not a step annotation nor a container
            }
            out.add(a);
        }
        return out;
    }

    private static String expression(Annotation a) {
        try {
            return (String) a.annotationType().getMethod("value").invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Pattern regex(String expression, Map<String, String> parameterTypes) {
        StringBuilder regex = new StringBuilder();
        Matcher p = Pattern.compile("\\{(\\w*)}").matcher(expression);
        int last = 0;
        while (p.find()) {
            regex.append(Pattern.quote(expression.substring(last, p.start())));
            String type = parameterTypes.get(p.group(1));
            assertThat(type).as("parameter type {" + p.group(1) + "} in '" + expression + "'").isNotNull();
            regex.append("(").append(type).append("|<\\w+>)"); // an outline's <placeholder> stands for a value
            last = p.end();
        }
        regex.append(Pattern.quote(expression.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static Feature parse(Path file) throws IOException {
        return GherkinParser.builder().includeSource(false).includePickles(false).build().parse(file)
                .map(Envelope::getGherkinDocument).flatMap(Optional::stream)
                .map(d -> d.getFeature().orElseThrow(() -> new AssertionError(file + " has no feature")))
                .findFirst().orElseThrow(() -> new AssertionError(file + " did not parse: "
                        + parseErrors(file)));
    }

    private static String parseErrors(Path file) {
        try {
            return GherkinParser.builder().build().parse(file).map(Envelope::getParseError).flatMap(Optional::stream)
                    .map(Object::toString).toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<String> tags(List<Tag> tags) {
        return tags.stream().map(Tag::getName).toList();
    }

    /**
     * The rows as compared: their cells, but in the client survey a server case's wording (English or French) as
     * the case it names, so that « est conforme » and "is compliant" are the same row.
     */
    private static List<List<String>> rows(String where, List<TableRow> rows) {
        if (!where.startsWith(SURVEY)) {
            return cells(rows);
        }
        return cells(rows).stream().map(r -> r.stream().map(FeatureEditionsTest::surveyCase).toList()).toList();
    }

    private static String surveyCase(String cell) {
        try {
            return SurveyCase.parse(cell).name();
        } catch (IllegalArgumentException notACase) {
            return cell;
        }
    }

    private static List<List<String>> cells(List<TableRow> rows) {
        return rows.stream().map(r -> r.getCells().stream().map(c -> c.getValue()).toList()).toList();
    }
}
