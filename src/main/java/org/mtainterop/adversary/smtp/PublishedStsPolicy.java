package org.mtainterop.adversary.smtp;

import java.util.Optional;
import org.mtainterop.mtasts.StsMode;

/**
 * The MTA-STS profiles: an SMTP server that is compliant in every step (RFC 5321, RFC 3207) but one, STARTTLS,
 * which {@link #enforceWithoutStarttls()} withholds; the test lies in the policy published for the MX's domain
 * (mode, {@code mx} pattern) against the MX the sender meets and the certificate it presents (RFC 8461 §4).
 */
final class PublishedStsPolicy implements SmtpProfileBehaviour {
    private final MtaStsPublication publication;
    private final boolean starttls;

    private PublishedStsPolicy(MtaStsPublication publication, boolean starttls) {
        this.publication = publication;
        this.starttls = starttls;
    }

    @Override
    public Optional<MtaStsPublication> mtaStsPublication() {
        return Optional.of(publication);
    }

    @Override
    public boolean advertisesStarttls() {
        return starttls;
    }

    /** enforce, the MX in the patterns, a valid certificate for it: the sender delivers (RFC 8461 §4, §5). */
    static PublishedStsPolicy enforceValid() {
        return new PublishedStsPolicy(new MtaStsPublication(StsMode.ENFORCE, true, true,
                "delivers: the MX matches the enforce policy and presents a valid certificate for its name (RFC 8461 §4)"),
                true);
    }

    /** enforce, the MX outside the patterns: the sender must not deliver (RFC 8461 §4.1, §5.1). */
    static PublishedStsPolicy enforceMxMismatch() {
        return new PublishedStsPolicy(new MtaStsPublication(StsMode.ENFORCE, false, false,
                "defers: the MX matches no mx pattern of the enforce policy (RFC 8461 §4.1, §5.1)"), true);
    }

    /** enforce, the MX in the patterns but its certificate for another name (RFC 8461 §4.2, §5.1). */
    static PublishedStsPolicy enforceWrongName() {
        return new PublishedStsPolicy(new MtaStsPublication(StsMode.ENFORCE, true, false,
                "defers: the MX certificate is not valid for the MX name (RFC 8461 §4.2, §5.1)"), true);
    }

    /** enforce, the MX in the patterns, STARTTLS withheld: no TLS, no delivery (RFC 8461 §5, §5.1). */
    static PublishedStsPolicy enforceWithoutStarttls() {
        return new PublishedStsPolicy(new MtaStsPublication(StsMode.ENFORCE, true, false,
                "defers: the MX does not offer STARTTLS, which an enforce policy requires (RFC 8461 §5, §5.1)"), false);
    }

    /** testing, the MX's certificate for another name: delivered anyway, the failure reported (RFC 8461 §5). */
    static PublishedStsPolicy testingWrongName() {
        return new PublishedStsPolicy(new MtaStsPublication(StsMode.TESTING, true, true,
                "delivers: a testing policy never blocks delivery; a sender with TLS-RPT reports the failure (RFC 8461 §5)"),
                true);
    }
}
