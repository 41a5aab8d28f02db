package org.mtainterop.policy;

import org.mtainterop.sender.SenderFacts;

/** One outbound requirement's judgement (house rule 1): reads a sender's facts, never drives the sender itself. */
public interface SenderCheck {
    String requirementId();

    Verdict judge(SenderFacts facts);
}
