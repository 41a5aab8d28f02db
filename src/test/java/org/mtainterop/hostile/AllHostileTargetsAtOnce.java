package org.mtainterop.hostile;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point run in a separate JVM with -Xmx256m by {@link HostileMemoryBoundTest}: every hostile
 * behaviour at once (plus one on ::1) and the good target, in a single CLI invocation. Prints one
 * {@code HOSTILE-RUN exit=N millis=M} line; the JSON summary lands in the directory given as argument.
 */
public final class AllHostileTargetsAtOnce {
    private AllHostileTargetsAtOnce() {
    }

    public static void main(String[] args) throws Exception {
        Path reports = Files.createDirectories(Path.of(args[0]));
        List<HostileServer> servers = new ArrayList<>();
        try (HostileRun.GoodTarget good = new HostileRun.GoodTarget(reports)) {
            for (HostileBehaviour behaviour : HostileBehaviour.values()) {
                servers.add(HostileServer.start(behaviour));
            }
            servers.add(HostileServer.start(HostileBehaviour.DRIPPED_SERVER_HELLO, InetAddress.getByName("::1")));
            HostileRun.Result r = HostileRun.run(good, reports, servers.stream().map(HostileServer::target).toList());
            System.out.println(r.userOutput());
            System.out.println("HOSTILE-RUN exit=" + r.code() + " millis=" + r.took().toMillis()
                    + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            servers.forEach(HostileServer::close);
        }
        System.exit(0);
    }
}
