package org.mtainterop.probe.access;

import java.util.Optional;
import org.mtainterop.dialect.AccessAnswer;
import org.mtainterop.net.ConnectionProblem;

/** POP3 before STLS: the answer to {@code USER probe} (no PASS is ever sent). Empty when not asked. */
public record CleartextLoginFacts(Optional<ConnectionProblem> problem, Optional<AccessAnswer> userAnswer,
                                  String transcript) {
}
