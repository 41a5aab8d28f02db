package org.mtainterop.report.evidence;

import java.util.List;
import org.mtainterop.dane.DaneChainFacts;

/** DANE-02/04's evidence: every chain each MX address presented, compared record by record with the TLSA RRset. */
public final class DaneChainEvidence {
    private DaneChainEvidence() {
    }

    public static List<Attachment> of(DaneChainFacts facts) {
        return List.of(Attachment.text("TLSA records vs the chains presented (" + facts.domain() + ")", facts.evidence()));
    }
}
