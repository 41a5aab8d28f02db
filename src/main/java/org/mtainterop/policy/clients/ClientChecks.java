package org.mtainterop.policy.clients;

import java.util.List;
import java.util.Optional;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.policy.Checks;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.policy.Verdict;

/** The client checks of the registry ({@link Checks#client()}), by policy profile and by the server profile exercising them. */
public final class ClientChecks {
    private static final List<ClientCheck> ALL = Checks.client();

    private ClientChecks() {
    }

    public static List<ClientCheck> all() {
        return ALL;
    }

    /** The checks a policy profile includes (pilot: CLIENT-01, 02; anssi: + 03, 04; modern: + 05). */
    public static List<ClientCheck> includedIn(PolicyProfile judgedWith) {
        return ALL.stream().filter(c -> c.requirement().includedIn(judgedWith)).toList();
    }

    /** The check a server profile exercises; empty for the compliant control. */
    public static Optional<ClientCheck> exercisedBy(AccessServerProfile profile) {
        return ALL.stream().filter(c -> c.requirement().exercisedBy(profile)).findFirst();
    }

    /** Every included check's verdict on one client's sessions under {@code profile} (the others: not applicable). */
    public static List<Verdict> judge(PolicyProfile judgedWith, AccessServerProfile profile,
                                      List<AccessSessionFacts> sessions) {
        return includedIn(judgedWith).stream().map(c -> c.judge(profile, sessions)).toList();
    }
}
