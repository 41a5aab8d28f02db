package org.mtainterop.adversary.smtp;

import java.util.Objects;
import org.mtainterop.mtasts.StsMode;

/**
 * What an MTA-STS profile publishes beside what its MX does (RFC 8461): the policy's mode for the MX's domain, and
 * whether its {@code mx} pattern names the MX. The profile's behaviour owns it; the receiver turns it into an
 * {@link org.mtainterop.mtasts.MtaStsTestDomain} (DNS records and policy file).
 *
 * @param mode         the policy's mode
 * @param mxMatches    whether the policy's {@code mx} pattern matches the MX host (otherwise it names another host)
 * @param delivers     what a compliant MTA-STS sender does: deliver (true) or keep the message queued (false)
 * @param expectation  one line: what a compliant MTA-STS sender does in this case, with its RFC 8461 section
 */
public record MtaStsPublication(StsMode mode, boolean mxMatches, boolean delivers, String expectation) {
    /** The host the {@code mx} pattern names when it must not match the MX (inside the domain, never resolvable). */
    public static final String OTHER_MX_LABEL = "mx-elsewhere";

    public MtaStsPublication {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(expectation, "expectation");
    }

    /** The policy's {@code mx} value for an MX {@code mxHost} of {@code domain}. */
    public String mxPattern(String mxHost, String domain) {
        String other = OTHER_MX_LABEL + "." + domain;
        return mxMatches ? mxHost : other.equalsIgnoreCase(mxHost) ? "not-" + other : other;
    }
}
