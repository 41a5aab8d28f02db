package org.mtainterop.policy.clients;

import java.util.List;
import java.util.Set;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Check;
import org.mtainterop.policy.Verdict;

/**
 * One client requirement's judgement (house rule 1): reads the sessions a mail program opened with the adversarial
 * access server under one profile, never drives the program. Skipped ("not applicable") when the profile does not
 * exercise the requirement; broken ("could not test") when the program never connected or never reached the step.
 */
public interface ClientCheck extends Check<AccessServerProfile, ClientSessions> {
    ClientRequirement requirement();

    @Override
    default String requirementId() {
        return requirement().id();
    }

    /** The server profiles that exercise the requirement; under the others it does not apply. */
    @Override
    default Set<AccessServerProfile> needs(MailService service) {
        return requirement().exercisingProfiles();
    }

    @Override
    default Verdict judge(ClientSessions cell) {
        return judge(cell.profile(), cell.sessions());
    }

    /** @param sessions the sessions of one client; those under another profile are ignored */
    Verdict judge(AccessServerProfile profile, List<AccessSessionFacts> sessions);
}
