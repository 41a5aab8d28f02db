package org.mtainterop.operators;

import java.util.List;
import java.util.Optional;

/**
 * Which operator a {@code receive} session came from: the first operator (in file order) with an address
 * pattern matching the client address, else the first with an EHLO-name pattern matching its EHLO name.
 */
public final class SenderAttribution {
    private final List<Operator> operators;

    public SenderAttribution(List<Operator> operators) {
        this.operators = List.copyOf(operators);
    }

    /** Attributes nothing (no operators file). */
    public static SenderAttribution none() {
        return new SenderAttribution(List.of());
    }

    public Optional<Operator> operatorOf(String clientAddress, String ehloName) {
        for (boolean byAddress : new boolean[] {true, false}) {
            for (Operator operator : operators) {
                if (operator.senders().stream().anyMatch(p -> p.byAddress() == byAddress
                        && p.matches(clientAddress, ehloName))) {
                    return Optional.of(operator);
                }
            }
        }
        return Optional.empty();
    }

    /** The report target name of a sending host: {@code operator/client}, or {@code client} if unattributed. */
    public String targetName(String clientAddress, String ehloName, String client) {
        return operatorOf(clientAddress, ehloName).map(o -> o.name() + "/" + client).orElse(client);
    }
}
