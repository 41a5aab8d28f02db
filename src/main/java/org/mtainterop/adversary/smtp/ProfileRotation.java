package org.mtainterop.adversary.smtp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code receive --profile P1,P2,...|all}: each client's successive sessions meet the next profile of the list, so a
 * real sender retrying one message (or sending several) walks through them in one run. Clients are told apart by
 * their address. A profile that needs two sessions to say anything ({@link AdversarialProfile#FAIL_FIRST_HANDSHAKE}:
 * the aborted handshake and the retry's) keeps its client for two sessions; after the last profile the walk starts
 * again from the first.
 */
final class ProfileRotation {
    private final List<AdversarialProfile> order;
    private final Map<String, Turn> byClient = new HashMap<>();

    /** The profile and strategy one session gets. */
    record Assignment(AdversarialProfile profile, SmtpProfileBehaviour behaviour) {
    }

    private static final class Turn {
        private int index = -1;
        private int sessionsLeft;
        private SmtpProfileBehaviour behaviour;
    }

    ProfileRotation(List<AdversarialProfile> order) {
        if (order.isEmpty()) {
            throw new IllegalArgumentException("a profile rotation needs at least one profile");
        }
        this.order = List.copyOf(new ArrayList<>(order));
        order.forEach(Objects::requireNonNull);
    }

    List<AdversarialProfile> order() {
        return order;
    }

    /** The profile of {@code client}'s next session. */
    synchronized Assignment next(String client) {
        Turn turn = byClient.computeIfAbsent(client, c -> new Turn());
        if (turn.sessionsLeft == 0) {
            turn.index = (turn.index + 1) % order.size();
            AdversarialProfile profile = order.get(turn.index);
            turn.sessionsLeft = sessionsPerTurn(profile);
            turn.behaviour = SmtpProfileBehaviour.of(profile);
        }
        turn.sessionsLeft--;
        return new Assignment(order.get(turn.index), turn.behaviour);
    }

    private static int sessionsPerTurn(AdversarialProfile profile) {
        return profile == AdversarialProfile.FAIL_FIRST_HANDSHAKE ? 2 : 1;
    }
}
