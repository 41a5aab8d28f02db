package org.mtainterop.operators;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * An operator's test mailbox for the {@code path} command ({@code test_mailbox:} in the operators file): its address,
 * the submission service that accepts mail from it and the IMAP service that holds its mail (each connected as
 * {@link MxHost}: checked as its name, connected to its address), and the account's user name and password
 * reference: a file ({@code password_file}, relative to the operators file) or an environment variable
 * ({@code password_env}). The password is read only when a run needs it ({@link #credential}), never kept here.
 *
 * @param definedAt {@code operators.yaml:14: operators[0].test_mailbox}, for messages about this mailbox
 */
public record TestMailbox(String address, MxHost submission, MxHost imap, String user, Optional<Path> passwordFile,
                          Optional<String> passwordEnv, String definedAt) {
    public static final int SUBMISSIONS_PORT = 465;
    public static final int IMAPS_PORT = 993;

    public TestMailbox {
        if (passwordFile.isPresent() == passwordEnv.isPresent()) {
            throw new IllegalArgumentException(definedAt + ": exactly one of password_file, password_env");
        }
    }

    /** Implicit TLS (RFC 8314) on 465; STARTTLS on any other port. */
    public boolean submissionImplicitTls() {
        return submission.port() == SUBMISSIONS_PORT;
    }

    /** Implicit TLS on 993; STARTTLS on any other port. */
    public boolean imapImplicitTls() {
        return imap.port() == IMAPS_PORT;
    }

    /**
     * Reads the password now; an {@link IllegalArgumentException} naming the field (never the value) when the file
     * or variable is missing or empty.
     */
    public MailboxCredential credential(Function<String, String> environment) {
        if (passwordEnv.isPresent()) {
            String value = environment.apply(passwordEnv.get());
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(definedAt + ".password_env: environment variable "
                        + passwordEnv.get() + " is not set or empty");
            }
            return new MailboxCredential(user, value, "environment variable " + passwordEnv.get());
        }
        Path file = passwordFile.get();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("");
            if (first.isEmpty()) {
                throw new IllegalArgumentException(definedAt + ".password_file: " + file + " is empty");
            }
            return new MailboxCredential(user, first, "file " + file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(definedAt + ".password_file: cannot read " + file);
        }
    }
}
