package org.mtainterop.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;

/** A requirement on a receiving server (port 25, submission, IMAP, POP3), judged from observations of it. */
public interface InboundCheck extends Check<Observation<?>, ObservedFacts> {
    @Override
    Set<Observation<?>> needs(MailService service);

    /** The observations, in the order given (a small helper for {@link #needs}). */
    static Set<Observation<?>> observations(Observation<?>... needed) {
        return new LinkedHashSet<>(List.of(needed));
    }
}
