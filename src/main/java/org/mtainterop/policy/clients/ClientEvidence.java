package org.mtainterop.policy.clients;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** "AUTH PLAIN IN PLAINTEXT, POP3 USER (user name only) IN PLAINTEXT" and/or "mail: MAIL/RCPT/DATA". */
    static String plaintextLeak(AccessSessionFacts s) {
        String credentials = s.credentials().stream().filter(CredentialEvent::inPlaintext).map(CredentialEvent::describe)
                .distinct().collect(Collectors.joining(", "));
        String mail = s.mailVerbsInPlaintext().isEmpty() ? ""
                : "mail verbs " + String.join("/", s.mailVerbsInPlaintext().stream().distinct().toList()) + " in plaintext";
        return credentials.isEmpty() ? mail : mail.isEmpty() ? credentials : credentials + "; " + mail;
    }

    /** The first session's one-line summary, and how many there were. */
    static String sessions(List<AccessSessionFacts> its) {
        return its.size() + " session(s); first: " + its.get(0).summary();
    }
}
