package org.mtainterop.adversary.access;

/**
 * IMPLICIT_PLAINTEXT: listens where implicit TLS is expected (465, 993, 995) but greets in plaintext, offers no
 * STARTTLS and offers login there.
 */
final class PlaintextWhereTlsIsExpected implements AccessProfileBehaviour {
    @Override
    public Starttls starttls() {
        return Starttls.NOT_OFFERED;
    }

    @Override
    public boolean loginBeforeTls() {
        return true;
    }

    @Override
    public boolean greetsInPlaintextOnImplicitListener() {
        return true;
    }
}
