package org.mtainterop.policy.checks;

import org.mtainterop.policy.Check;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.StarttlsDialogueFacts;
import org.mtainterop.probe.TargetFacts;

/** STARTTLS-01: STARTTLS is advertised in the EHLO reply (RFC 3207 §4). */
public final class StarttlsAdvertisedCheck implements Check {
    public static final String ID = "STARTTLS-01";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judge(TargetFacts facts) {
        StarttlsDialogueFacts d = facts.dialogue();
        if (d.ehloReply().isEmpty()) {
            return Verdict.broken(ID, d.problem().map(p -> p.reason()).orElse("no EHLO reply"));
        }
        if (!d.ehloReply().get().isPositiveCompletion()) {
            return Verdict.failed(ID, "EHLO was refused: " + d.ehloReply().get().brief());
        }
        if (d.capabilities().offersStarttls()) {
            return Verdict.passed(ID, "STARTTLS is advertised (EHLO keywords: " + d.capabilities() + ")");
        }
        return Verdict.failed(ID, "the EHLO reply does not advertise STARTTLS (keywords: "
                + (d.capabilities().keywords().isEmpty() ? "none" : d.capabilities().toString()) + ")");
    }
}
