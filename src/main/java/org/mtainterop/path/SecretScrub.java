package org.mtainterop.path;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.mtainterop.operators.MailboxCredential;
import org.mtainterop.policy.Reason;

/**
 * The second line of defence behind the transcript's redaction at the source (house rule 9): every text a path run
 * keeps (transcripts, outcomes, error messages) passes through here, which replaces each credential's password and
 * its base64 forms (bare, and inside SASL PLAIN's {@code \0user\0password}) wherever they appear, e.g. echoed by a
 * hostile server.
 */
public final class SecretScrub {
    static final String REDACTED = "<redacted>";
    private final List<String> secrets = new ArrayList<>();

    public SecretScrub(List<MailboxCredential> credentials) {
        for (MailboxCredential c : credentials) {
            add(c.password());
            add(b64(c.password()));
            add(b64("\0" + c.user() + "\0" + c.password()));
            add(b64(c.user() + "\0" + c.user() + "\0" + c.password()));
        }
        secrets.sort((a, b) -> b.length() - a.length()); // longest first: a base64 form before a shorter secret
    }

    private void add(String s) {
        if (s.length() >= 4) { // shorter strings would blank out ordinary words; AUTH lines are redacted anyway
            secrets.add(s);
        }
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    public String apply(String text) {
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, REDACTED);
        }
        return out;
    }

    /**
     * {@code reason} with every fact and argument scrubbed: a secret can only come in through them (a server's
     * reply, an exception's message), the harness's own words hold none.
     */
    public Reason apply(Reason reason) {
        if (reason instanceof Reason.Fact f) {
            return Reason.fact(apply(f.text()));
        }
        if (reason instanceof Reason.Joined j) {
            return new Reason.Joined(apply(j.separator()), j.parts().stream().map(this::apply).toList());
        }
        if (reason instanceof Reason.Keyed k) {
            return new Reason.Keyed(k.key(), k.args().stream().map(a -> a instanceof String t ? apply(t)
                    : a instanceof Reason r ? apply(r) : a).toList());
        }
        return reason;
    }
}
