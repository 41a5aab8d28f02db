package org.mtainterop.target.container;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Ready when the port answers with the protocol's greeting (SMTP "220", IMAP "* OK"), not merely when
 * it is open: a published port accepts connections before the server behind it does.
 */
public final class GreetingWaitStrategy extends AbstractWaitStrategy {
    private final int containerPort;
    private final String greeting;

    private GreetingWaitStrategy(int containerPort, String greeting) {
        this.containerPort = containerPort;
        this.greeting = greeting;
        withStartupTimeout(Duration.ofSeconds(60));
    }

    public static GreetingWaitStrategy smtp(int containerPort) {
        return new GreetingWaitStrategy(containerPort, "220");
    }

    public static GreetingWaitStrategy imap(int containerPort) {
        return new GreetingWaitStrategy(containerPort, "* OK");
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
                if (line.startsWith(greeting)) {
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
                throw new ContainerLaunchException("interrupted while waiting for the '" + greeting + "' greeting");
            }
        }
        throw new ContainerLaunchException("no '" + greeting + "' greeting on port " + port + " within "
                + startupTimeout.toSeconds() + " s (last: " + last + ")");
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
