package org.mtainterop.run;

import java.util.concurrent.ThreadFactory;

/** Threads of a run's pools: named for a thread dump, daemons so a stuck probe never keeps the JVM alive. */
final class DaemonThreads {
    private DaemonThreads() {
    }

    static ThreadFactory named(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
