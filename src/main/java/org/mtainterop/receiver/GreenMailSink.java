package org.mtainterop.receiver;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Delivers accepted messages into a GreenMail store, one copy per recipient, creating each recipient's
 * mailbox on first use. The GreenMail instance is used as a store only: none of its servers need run.
 * Each stored copy starts with a Return-Path line (RFC 5321 §4.4) carrying the envelope sender.
 */
public final class GreenMailSink implements MessageSink {
    /** Recipients get mailboxes whose password nobody uses: the store is read through the API. */
    private static final String UNUSED_PASSWORD = "unused";

    private final GreenMail store;
    private final Session mailSession = Session.getInstance(new Properties());

    public GreenMailSink(GreenMail store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public GreenMail store() {
        return store;
    }

    @Override
    public void deliver(String envelopeFrom, List<String> recipients, byte[] rfc5322Message, boolean overTls) {
        byte[] returnPath = ("Return-Path: <" + envelopeFrom + ">\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] stored = new byte[returnPath.length + rfc5322Message.length];
        System.arraycopy(returnPath, 0, stored, 0, returnPath.length);
        System.arraycopy(rfc5322Message, 0, stored, returnPath.length, rfc5322Message.length);
        for (String recipient : recipients) {
            try {
                mailbox(recipient).deliver(new MimeMessage(mailSession, new ByteArrayInputStream(stored)));
            } catch (MessagingException e) {
                throw new IllegalStateException("GreenMail cannot store a message for " + recipient, e);
            }
        }
    }

    private synchronized GreenMailUser mailbox(String address) {
        GreenMailUser existing = store.getUserManager().getUserByEmail(address);
        return existing != null ? existing : store.setUser(address, address, UNUSED_PASSWORD);
    }
}
