package org.mtainterop.policy;

import java.util.Optional;
import org.mtainterop.policy.access.AccessPreconditions;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.probe.TlsEnumerationFacts;

/**
 * For requirements judged from the raw-hello enumeration, on any service: skipped when the target has no
 * usable TLS (port 25: {@link TlsPreconditions}; submission, IMAP, POP3: {@link AccessPreconditions}), broken
 * when the enumeration itself got no TLS answer.
 */
public final class TlsEnumerationPreconditions {
    private TlsEnumerationPreconditions() {
    }

    /** Empty when the enumeration facts can be judged; otherwise the verdict to give instead. */
    public static Optional<Verdict> unmet(String id, TargetFacts facts) {
        Optional<Verdict> tls = facts.service().userAccess()
                ? AccessPreconditions.noTls(id, facts.accessDialogue())
                : TlsPreconditions.unmet(id, facts.dialogue());
        if (tls.isPresent()) {
            return tls;
        }
        TlsEnumerationFacts e = facts.tlsEnumeration();
        return e.notTested().map(why -> Verdict.broken(id, "the raw-hello enumeration of " + facts.serviceOnPort()
                + " got no TLS answer: " + why));
    }

    /** Appended to verdicts when some hellos got no answer: what was judged may be incomplete. */
    public static String caveat(TlsEnumerationFacts e) {
        return e.problems().isEmpty() ? "" : " (" + e.problems().size() + " hello(s) got no answer; see the evidence)";
    }
}
