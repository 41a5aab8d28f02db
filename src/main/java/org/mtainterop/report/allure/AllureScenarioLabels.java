package org.mtainterop.report.allure;

import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.mtainterop.report.ScenarioTags;

/**
 * Labels every Allure test case with what a reader filters on: requirement ID (label and a link to its
 * catalog row), severity, profile and target. The target also goes into the name, a parameter and the
 * history id, so the same scenario run against two targets shows as two results with their own history.
 */
public final class AllureScenarioLabels {
    private AllureScenarioLabels() {
    }

    public static void apply(ScenarioTags tags, String targetName, String catalogUrl) {
        if (Allure.getLifecycle().getCurrentTestCase().isEmpty()) {
            return;
        }
        Allure.getLifecycle().updateTestCase(result -> {
            tags.requirement().ifPresent(id -> {
                result.getLabels().add(label("requirement", id));
                result.getLinks().add(new Link().setName(id).setType("requirement").setUrl(catalogUrl + "#" + id.toLowerCase()));
            });
            tags.severity().ifPresent(s -> result.getLabels().add(label("severity", switch (s) {
                case MUST -> "critical";
                case SHOULD -> "normal";
                case INFO -> "trivial";
            })));
            tags.profiles().forEach(p -> result.getLabels().add(label("profile", p)));
            result.getLabels().add(label("target", targetName));
            result.getLabels().add(label("parentSuite", targetName));
            result.getParameters().add(new Parameter().setName("target").setValue(targetName));
            result.setName(result.getName() + " [" + targetName + "]");
            result.setHistoryId(md5(result.getHistoryId() + "|" + targetName));
            result.setTestCaseId(md5(result.getTestCaseId() + "|" + targetName));
        });
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
