package org.mtainterop.run;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mtainterop.pki.TestPki;
import org.mtainterop.sender.DeliveryDriver;
import org.mtainterop.sender.OutboundSubjects;
import org.mtainterop.sender.SenderTarget;

/**
 * The sending direction of the embedded default: the embedded sender (Angus Mail) under each outbound policy,
 * each against its own adversarial receiver on loopback, its attempts made in the background while the
 * receiving targets are probed. Closes the senders it started, whenever they finish starting.
 */
final class EmbeddedSenders implements AutoCloseable {
    private final CompletableFuture<List<SenderTarget>> starting;

    private EmbeddedSenders(CompletableFuture<List<SenderTarget>> starting) {
        this.starting = starting;
    }

    /** Starts them on {@code background} if the run is the embedded default; otherwise there are none. */
    static EmbeddedSenders startIf(boolean embeddedDefault, ExecutorService background) {
        return new EmbeddedSenders(embeddedDefault
                ? CompletableFuture.supplyAsync(EmbeddedSenders::startAll, background)
                : CompletableFuture.completedFuture(List.of()));
    }

    /** Waits until every sender has made its attempts. */
    List<SenderTarget> started() {
        return starting.join();
    }

    private static List<SenderTarget> startAll() {
        List<String> names = OutboundSubjects.expand("embedded");
        ExecutorService pool = Executors.newFixedThreadPool(names.size(), DaemonThreads.named("mta-interop-sender"));
        try {
            return SenderStarts.begin(names, TestPki.generate(), new DeliveryDriver(DeliveryDriver.Timing.embedded()), pool)
                    .stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    @Override
    public void close() {
        starting.thenAccept(senders -> senders.forEach(SenderTarget::close));
    }
}
