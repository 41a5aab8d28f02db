package org.mtainterop.adversary.smtp;

/** NO_STARTTLS: the pre-TLS EHLO does not offer STARTTLS, as a stripping attacker's would not. */
final class StarttlsWithheld implements SmtpProfileBehaviour {
    @Override
    public boolean advertisesStarttls() {
        return false;
    }
}
