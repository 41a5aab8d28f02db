package org.mtainterop.policy.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.adversary.access.CredentialEvent;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/** What every client check does first: keep the profile's sessions, or say why it cannot judge. */
final class ClientEvidence {
    private ClientEvidence() {
    }

    static Verdict orElse(ClientRequirement requirement, AccessServerProfile profile, List<AccessSessionFacts> sessions,
                          Function<List<AccessSessionFacts>, Verdict> judge) {
        String id = requirement.id();
        if (!requirement.exercisedBy(profile)) {
            return Verdict.skipped(id, Reason.of("ClientEvidence.skipped.1",
                    profile.label(), id, String.join(", ", requirement.exercisingLabels())));
        }
        List<AccessSessionFacts> its = sessions.stream().filter(s -> s.profile() == profile).toList();
        if (its.isEmpty()) {
            return Verdict.broken(id, Reason.of("ClientEvidence.broken.1", profile.label()));
        }
        return judge.apply(its);
    }

    /** "AUTH PLAIN IN PLAINTEXT, POP3 USER (user name only) IN PLAINTEXT" and/or "mail verbs MAIL/RCPT/DATA in plaintext". */
    static Reason plaintextLeak(AccessSessionFacts s) {
        List<Reason> credentials = s.credentials().stream().filter(CredentialEvent::inPlaintext)
                .map(CredentialEvent::described).distinct().toList();
        List<Reason> parts = new ArrayList<>();
        if (!credentials.isEmpty()) {
            parts.add(Reason.join(", ", credentials));
        }
        if (!s.mailVerbsInPlaintext().isEmpty()) {
            parts.add(Reason.of("ClientEvidence.mailVerbsInPlaintext",
                    String.join("/", s.mailVerbsInPlaintext().stream().distinct().toList())));
        }
        return parts.size() == 1 ? parts.get(0) : Reason.join("; ", parts);
    }

    /** The first session's one-line summary, and how many there were. */
    static Reason sessions(List<AccessSessionFacts> its) {
        return Reason.of("ClientEvidence.sessions", its.size(), its.get(0).described());
    }
}
