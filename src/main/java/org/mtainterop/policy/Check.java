package org.mtainterop.policy;

import org.mtainterop.probe.TargetFacts;

/** One requirement's judgement (house rule 1): reads facts, never touches the network itself. */
public interface Check {
    String requirementId();

    Verdict judge(TargetFacts facts);
}
