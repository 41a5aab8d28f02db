package org.mtainterop.run;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mtainterop.net.MailService;

/**
 * The discovered launches of a run, one ahead per tag expression (which names the service, so the feature
 * files follow from it): the first target's is started before the targets are resolved. A launch runs once,
 * so the second target judged with the same tags discovers its own.
 */
final class LaunchDiscoveries {
    private final Path features;
    private final Path allureResults;
    private final ExecutorService pool;
    private final Map<String, Discovered> ahead = new ConcurrentHashMap<>();

    private record Discovered(CompletableFuture<CucumberLaunch.Prepared> launch, AtomicBoolean claimed) {
    }

    LaunchDiscoveries(Path features, Path allureResults, ExecutorService pool) {
        this.features = features;
        this.allureResults = allureResults;
        this.pool = pool;
    }

    void start(MailService service, String tags) {
        ahead(service, tags);
    }

    /** The launch discovered ahead for these tags if nobody took it yet, otherwise a fresh one. */
    CucumberLaunch.Prepared claim(MailService service, String tags) {
        Discovered d = ahead(service, tags);
        return d.claimed().compareAndSet(false, true) ? d.launch().join() : prepare(service, tags);
    }

    private Discovered ahead(MailService service, String tags) {
        return ahead.computeIfAbsent(tags, t -> {
            return new Discovered(CompletableFuture.supplyAsync(() -> prepare(service, t), pool), new AtomicBoolean());
        });
    }

    private CucumberLaunch.Prepared prepare(MailService service, String tags) {
        return CucumberLaunch.prepare(ServiceFeatures.of(features, service), tags, allureResults);
    }
}
