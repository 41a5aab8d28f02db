package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_VERSIONS_AND_SUITES;

import java.util.List;
import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.tls.raw.CipherSuite;

/** TLS-CS-01: no NULL, anonymous, RC4, DES/3DES, export or under-128-bit suite is accepted (RFC 7465, RFC 9325 §4.1). */
public final class WeakSuitesRefusedCheck implements InboundCheck {
    public static final String ID = "TLS-CS-01";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return TlsEnumerationPreconditions.needsVersionsAndSuites(service);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        var unmet = TlsEnumerationPreconditions.unmet(ID, facts, TLS_VERSIONS_AND_SUITES);
        if (unmet.isPresent()) {
            return unmet.get();
        }
        TlsEnumerationFacts e = facts.get(TLS_VERSIONS_AND_SUITES);
        Reason caveat = TlsEnumerationPreconditions.caveat(e);
        Reason who = TlsEnumerationPreconditions.who(facts);
        List<String> weak = e.allAcceptedSuites().stream().filter(WeakSuitesRefusedCheck::weak).map(CipherSuite::displayName).toList();
        if (weak.isEmpty()) {
            return Verdict.passed(ID, Reason.of("WeakSuitesRefused.passed.1", e.allAcceptedSuites().size(), who, caveat));
        }
        return Verdict.failed(ID, Reason.of("WeakSuitesRefused.failed.1", who, weak.size(), String.join(", ", weak)));
    }

    /** The rule both directions judge by: NULL, anonymous, RC4, DES, 3DES, export or under 128 bits. */
    public static boolean weak(CipherSuite s) {
        return s.has(CipherSuite.Flag.NULL) || s.has(CipherSuite.Flag.ANON) || s.has(CipherSuite.Flag.RC4)
                || s.has(CipherSuite.Flag.DES) || s.has(CipherSuite.Flag.TRIPLE_DES) || s.has(CipherSuite.Flag.EXPORT)
                || s.bits() < 128;
    }
}
