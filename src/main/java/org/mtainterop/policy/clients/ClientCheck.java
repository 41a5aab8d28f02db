package org.mtainterop.policy.clients;

import java.util.List;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.policy.Verdict;

/**
 * One client requirement's judgement (house rule 1): reads the sessions a mail program opened with the adversarial
 * access server under one profile, never drives the program. Skipped ("not applicable") when the profile does not
 * exercise the requirement; broken ("could not test") when the program never connected or never reached the step.
 */
public interface ClientCheck {
    ClientRequirement requirement();

    default String requirementId() {
        return requirement().id();
    }

    /** @param sessions the sessions of one client; those under another profile are ignored */
    Verdict judge(AccessServerProfile profile, List<AccessSessionFacts> sessions);
}
