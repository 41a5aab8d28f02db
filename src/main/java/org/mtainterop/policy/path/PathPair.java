package org.mtainterop.policy.path;

/** One cell of the path matrix: mail from {@code sender}'s test mailbox to {@code receiver}'s (operator names). */
public record PathPair(String sender, String receiver) {
    @Override
    public String toString() {
        return sender + " → " + receiver;
    }
}
