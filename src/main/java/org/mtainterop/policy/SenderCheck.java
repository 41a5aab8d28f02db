package org.mtainterop.policy;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.sender.SenderFacts;

/**
 * A requirement on a sending MTA, judged from its delivery attempts against the adversarial receiver: it names
 * the receiver profiles whose attempts it reads, and judges a snapshot holding only those
 * ({@link SenderFacts#snapshot}), so judging never drives the sender.
 */
public interface SenderCheck extends Check<AdversarialProfile, SenderFacts> {
    @Override
    Set<AdversarialProfile> needs(MailService service);
}
