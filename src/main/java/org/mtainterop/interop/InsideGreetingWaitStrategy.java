package org.mtainterop.interop;

import java.io.IOException;
import java.time.Duration;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Waits for the SMTP 220 greeting from inside the container (bash's /dev/tcp to 127.0.0.1:25): containers on an
 * internal network publish no port, so the host cannot connect to them.
 */
final class InsideGreetingWaitStrategy extends AbstractWaitStrategy {
    private static final String PROBE = "exec 3<>/dev/tcp/127.0.0.1/25 && head -c 3 <&3";

    InsideGreetingWaitStrategy() {
        withStartupTimeout(Duration.ofSeconds(60));
    }

    @Override
    protected void waitUntilReady() {
        long end = System.nanoTime() + startupTimeout.toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            try {
                var result = waitStrategyTarget.execInContainer("timeout", "3", "bash", "-c", PROBE);
                if (result.getStdout().startsWith("220")) {
                    return;
                }
                last = result.getStdout() + result.getStderr();
                Thread.sleep(200);
            } catch (IOException e) {
                last = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ContainerLaunchException("interrupted waiting for the SMTP greeting");
            }
        }
        throw new ContainerLaunchException("no SMTP 220 greeting inside the container within " + startupTimeout
                + ": " + last.strip());
    }
}
