package org.mtainterop.policy.clients;

import java.util.List;
import java.util.Objects;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;

/** What a client check judges: the sessions one mail program opened with the access server under one profile. */
public record ClientSessions(AccessServerProfile profile, List<AccessSessionFacts> sessions) {
    public ClientSessions {
        Objects.requireNonNull(profile, "profile");
        sessions = List.copyOf(sessions);
    }
}
