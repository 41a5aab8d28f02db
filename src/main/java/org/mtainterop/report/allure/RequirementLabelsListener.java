package org.mtainterop.report.allure;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.mtainterop.report.ScenarioTags;
import org.mtainterop.run.ActiveDomain;
import org.mtainterop.run.ActiveRun;
import org.mtainterop.run.CatalogLocation;

/**
 * Labels every Allure result, just before it is written, with what a reader filters on: requirement ID
 * (label and a link to its catalog row), severity, profile and target. The target also goes into the
 * name, a parameter and the history id, so one scenario run against two targets gives two results, each
 * with its own history. Registered through META-INF/services.
 */
public final class RequirementLabelsListener implements TestLifecycleListener {

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
        String target = targetName();
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

    private static String targetName() {
        if (ActiveDomain.active()) {
            return ActiveDomain.current().targetName();
        }
        try {
            return ActiveRun.current().target().name();
        } catch (IllegalStateException outsideARun) {
            return "unknown target";
        }
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
