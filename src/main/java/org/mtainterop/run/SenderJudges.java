package org.mtainterop.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.TargetReport;
import org.mtainterop.sender.SenderTarget;

/**
 * Judges sending MTAs with features/outbound, one launch per sender in turn on this thread, the sender bound for
 * the glue ({@link ActiveRun#judging}): its facts made once (ahead, or lazily by the first scenario that asks),
 * judged by every scenario. The outbound run and the embedded default of the inbound run both end with this.
 */
final class SenderJudges {
    private SenderJudges() {
    }

    /** One report per sender, in order. */
    static List<TargetReport> judge(List<SenderTarget> senders, Judgement judgement, String tagExpression,
                                    Path allureResults, ResultLedger ledger) {
        return judge(senders, judgement, "outbound", tagExpression, allureResults, ledger);
    }

    /** As above, with the features of {@code featuresSubdirectory} ("outbound", "dane" for DANE senders, "mta-sts" for MTA-STS senders). */
    static List<TargetReport> judge(List<SenderTarget> senders, Judgement judgement, String featuresSubdirectory,
                                    String tagExpression, Path allureResults, ResultLedger ledger) {
        PolicyProfile profile = judgement.profile();
        Path features = judgement.features().resolve(featuresSubdirectory);
        if (!Files.isDirectory(features)) {
            throw new IllegalArgumentException("features directory not found: " + features
                    + " (run from the mta-interop directory or set -Dmtainterop.home)");
        }
        List<TargetReport> reports = new ArrayList<>();
        for (SenderTarget sender : senders) {
            ActiveRun.judging(ActiveRun.ofSender(sender, sender.facts(), profile, ledger),
                    () -> CucumberLaunch.run(features, tagExpression, allureResults));
            reports.add(ledger.reportOf(sender));
        }
        return reports;
    }
}
