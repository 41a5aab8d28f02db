package org.mtainterop.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mtainterop.report.evidence.VerdictText;

/**
 * Every requirement some check judges has its texts in messages/requirements.properties (house rule 10): a title,
 * why it matters with its source, and how to fix it on at least one MTA or in DNS. CLIENT-* texts live with the
 * client catalog (ClientRequirement), so they are not looked up here.
 */
class RequirementExplanationsTest {
    private static final List<String> SUBJECTS = List.of("postfix", "exim", "opensmtpd", "dovecot", "dns");
    private final RequirementExplanations texts = RequirementExplanations.bundled();

    /** The registry's IDs (MTASTS-04 among them: features/mta-sts/mta-sts-senders.feature). */
    private static List<String> judgedHere() {
        return Checks.requirementIds().stream().filter(id -> !id.startsWith("CLIENT-")).distinct().toList();
    }

    @Test
    void everyJudgedRequirementHasATitleAWhyAndAFix() {
        assertThat(judgedHere()).contains("DANE-01", "DANE-02", "DANE-03", "DANE-04", "DANE-05", "DANE-06",
                "MTASTS-01", "MTASTS-02", "MTASTS-03", "MTASTS-04", "TLSRPT-01");
        Set<String> missing = new TreeSet<>();
        for (String id : judgedHere()) {
            if (texts.title(id).isEmpty()) {
                missing.add(id + ".title");
            }
            if (texts.why(id).isEmpty()) {
                missing.add(id + ".why");
            }
            if (SUBJECTS.stream().allMatch(mta -> texts.fix(id, mta).isEmpty())) {
                missing.add(id + ".fix.*");
            }
        }
        assertThat(missing).as("keys missing from messages/requirements.properties").isEmpty();
    }

    @Test
    void theDaneTextsCiteTheirRfcsAndReachTheVerdictText() {
        for (String id : List.of("DANE-02", "DANE-04", "DANE-05", "DANE-06")) {
            assertThat(texts.why(id)).get().asString().as(id).containsPattern("RFC 767[12] §\\d");
            assertThat(List.of("postfix", "exim", "opensmtpd")).as(id)
                    .allSatisfy(mta -> assertThat(texts.fix(id, mta)).as(id + ".fix." + mta).isPresent());
        }
        assertThat(texts.fix("DANE-02", "dns")).get().asString().contains("3 1 1", "RSA", "ECDSA");
        String rendered = VerdictText.render(Verdict.failed("DANE-02", "the RSA chain is not authenticated"));
        assertThat(rendered).contains("DANE-02 — A usable TLSA record", "Why it matters: ", "How to fix:",
                "  postfix: ", "  exim: ", "  opensmtpd: ", "  dns: ");
    }
}
