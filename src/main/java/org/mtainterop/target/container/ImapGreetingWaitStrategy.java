package org.mtainterop.target.container;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/** Ready when the IMAP port answers with an {@code * OK} greeting (not merely when the port is open). */
public final class ImapGreetingWaitStrategy extends AbstractWaitStrategy {
    private final int containerPort;

    public ImapGreetingWaitStrategy(int containerPort) {
        this.containerPort = containerPort;
        withStartupTimeout(Duration.ofSeconds(60));
    }

    @Override
    protected void waitUntilReady() {
        String host = waitStrategyTarget.getHost();
        int port = waitStrategyTarget.getMappedPort(containerPort);
        long end = System.nanoTime() + startupTimeout.toNanos();
        String last = "no attempt";
        while (System.nanoTime() < end) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 1000);
                socket.setSoTimeout(2000);
                String line = firstLine(socket.getInputStream());
                if (line.startsWith("* OK")) {
                    return;
                }
                last = "greeting '" + line + "'";
            } catch (IOException e) {
                last = e.getMessage();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ContainerLaunchException("interrupted while waiting for the IMAP greeting");
            }
        }
        throw new ContainerLaunchException("no '* OK' greeting on port " + port + " within " + startupTimeout.toSeconds()
                + " s (last: " + last + ")");
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n' && line.length() < 512) {
            line.append((char) b);
        }
        return line.toString().strip();
    }
}
