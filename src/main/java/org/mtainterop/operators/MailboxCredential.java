package org.mtainterop.operators;

import java.util.Objects;

/**
 * The user name and password of an operator's test mailbox, read at run time from the file or environment variable
 * the operators file names. Never printed: {@link #toString()} shows the user and where the password came from.
 */
public final class MailboxCredential {
    private final String user;
    private final String password;
    private final String source;

    public MailboxCredential(String user, String password, String source) {
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        this.source = Objects.requireNonNull(source, "source");
    }

    public String user() {
        return user;
    }

    /** The secret itself: only for the wire (AUTH, LOGIN) and for redaction. */
    public String password() {
        return password;
    }

    /** Where the password came from, e.g. {@code environment variable B_PASSWORD}. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "MailboxCredential[user=" + user + ", password=<redacted, from " + source + ">]";
    }
}
