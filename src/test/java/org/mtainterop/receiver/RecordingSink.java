package org.mtainterop.receiver;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every delivery in memory, for assertions. */
final class RecordingSink implements MessageSink {
    record Delivery(String from, List<String> recipients, String message, boolean overTls) {
    }

    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    @Override
    public void deliver(String envelopeFrom, List<String> recipients, byte[] rfc5322Message, boolean overTls) {
        deliveries.add(new Delivery(envelopeFrom, recipients, new String(rfc5322Message, StandardCharsets.ISO_8859_1),
                overTls));
    }
}
