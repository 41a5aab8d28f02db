package org.mtainterop.adversary.smtp;

import java.util.List;
import java.util.Objects;
import org.mtainterop.dane.TlsaAssociation;
import org.mtainterop.dane.ZoneSigning;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.TestPki;

/**
 * What a DANE profile publishes in DNS beside what it presents in TLS: which TLSA records, computed from the
 * receiver's own certificates, and how the zone is signed. The profile's behaviour owns it; the receiver turns it
 * into a {@link org.mtainterop.dane.DaneTestZone}.
 *
 * @param expectation one line: what a DANE sender must do in this case (RFC 7672 section)
 */
public record DanePublication(ZoneSigning signing, Records records, String expectation) {

    /** The TLSA RRset for a receiver that presents {@code presented} under {@code hostname}. */
    @FunctionalInterface
    public interface Records {
        List<TlsaAssociation> of(IssuedCredential presented, TestPki pki, String hostname);
    }

    public DanePublication {
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(expectation, "expectation");
    }
}
