package org.mtainterop.sender;

import java.util.ArrayList;
import java.util.List;
import org.mtainterop.net.Endpoint;
import org.mtainterop.target.Target;

/**
 * A sending MTA as a {@link Target} of the outbound features: its name, the receiver endpoint it relays to,
 * and its fact store. Owns (and closes) the sender and the receiver it was started with, if any.
 */
public final class SenderTarget implements Target, AutoCloseable {
    private final String name;
    private final Endpoint receiverEndpoint;
    private final String description;
    private final SenderFacts facts;
    private final List<AutoCloseable> owned;

    public SenderTarget(String name, Endpoint receiverEndpoint, String description, SenderFacts facts,
                        List<AutoCloseable> owned) {
        this.name = name;
        this.receiverEndpoint = receiverEndpoint;
        this.description = description;
        this.facts = facts;
        this.owned = new ArrayList<>(owned);
    }

    @Override
    public String name() {
        return name;
    }

    /** Where the adversarial receiver listened for this sender; its reference name is the MX name. */
    @Override
    public Endpoint endpoint() {
        return receiverEndpoint;
    }

    @Override
    public String description() {
        return description;
    }

    public SenderFacts facts() {
        return facts;
    }

    @Override
    public void close() {
        for (AutoCloseable resource : owned) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // best effort: the results are already recorded
            }
        }
    }
}
