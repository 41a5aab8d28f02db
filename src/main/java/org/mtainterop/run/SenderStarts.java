package org.mtainterop.run;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.mtainterop.pki.TestPki;
import org.mtainterop.sender.DeliveryDriver;
import org.mtainterop.sender.OutboundSubjects;
import org.mtainterop.sender.SenderTarget;

/**
 * Starts sending MTAs, each with its adversarial receiver, and makes every delivery attempt of each: the senders
 * on the pool's threads at once, the attempts of one sender in turn. Shared by the outbound run and the embedded
 * senders of the inbound default.
 */
final class SenderStarts {
    private SenderStarts() {
    }

    /** One future per name, in order, each done when its sender has made all its attempts. */
    static List<CompletableFuture<SenderTarget>> begin(List<String> names, TestPki pki, DeliveryDriver driver,
                                                      ExecutorService pool) {
        return names.stream().map(name -> CompletableFuture.supplyAsync(() -> {
            SenderTarget target = OutboundSubjects.start(name, pki, driver);
            target.facts().prefetchAll();
            return target;
        }, pool)).toList();
    }
}
