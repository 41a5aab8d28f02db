package org.mtainterop.adversary.access;

/**
 * NO_STARTTLS and STARTTLS_ERROR: STARTTLS / STLS is not offered (a stripping attacker), or offered and answered
 * with an error; either way login is announced and accepted in plaintext.
 */
final class PlaintextLoginOffered implements AccessProfileBehaviour {
    private final Starttls starttls;

    PlaintextLoginOffered(Starttls starttls) {
        this.starttls = starttls;
    }

    @Override
    public Starttls starttls() {
        return starttls;
    }

    @Override
    public boolean loginBeforeTls() {
        return true;
    }
}
