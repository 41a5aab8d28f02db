package org.mtainterop.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtainterop.receiver.ReceiverSettings;
import org.mtainterop.receiver.ReferenceReceiver;

/**
 * The hostile client cases, against the project's own receiver: a DATA that never ends, a line that never
 * ends, a thousand connections at once. Each is cut off within a bound and the receiver keeps serving.
 */
class ReceiverUnderAbuseTest {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private ReferenceReceiver receiver;

    @BeforeEach
    void start() {
        receiver = ReferenceReceiver.start(ReceiverSettings.plaintext("receiver.test").withReadTimeout(READ_TIMEOUT),
                (from, rcpts, message, tls) -> { });
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), receiver.port());
        s.setSoTimeout(10_000);
        return s;
    }

    private static void send(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
    }

    /** Reads until the receiver closes; returns how long that took. */
    private static Duration untilClosed(Socket s) throws IOException {
        long start = System.nanoTime();
        InputStream in = s.getInputStream();
        byte[] sink = new byte[4096];
        try {
            while (in.read(sink) >= 0) {
                // replies are not the point here
            }
        } catch (SocketException reset) {
            // a reset is a close too
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void stillServes() throws IOException {
        try (Socket s = connect()) {
            byte[] banner = new byte[3];
            assertThat(s.getInputStream().readNBytes(banner, 0, 3)).isEqualTo(3);
            assertThat(new String(banner, StandardCharsets.US_ASCII)).isEqualTo("220");
        }
    }

    @Test
    void dataThatNeverEndsIsCutOffByTheReadTimeout() throws Exception {
        try (Socket s = connect()) {
            send(s, "EHLO client.test\r\nMAIL FROM:<a@client.test>\r\nRCPT TO:<b@receiver.test>\r\nDATA\r\n"
                    + "Subject: never ends\r\n\r\nfirst line\r\n");
            assertThat(untilClosed(s)).isLessThan(READ_TIMEOUT.plusSeconds(4));
        }
        stillServes();
    }

    @Test
    void endlessLineIsRefusedWithoutBuffering() throws Exception {
        try (Socket s = connect()) {
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'X');
                try {
                    for (int i = 0; i < 160; i++) { // 10 MiB at most
                        s.getOutputStream().write(chunk);
                    }
                } catch (IOException expected) {
                    // the receiver hung up on us
                }
            });
            writer.setDaemon(true);
            writer.start();
            assertThat(untilClosed(s)).isLessThan(Duration.ofSeconds(5));
        }
        stillServes();
    }

    @Test
    void aThousandConnectionsAreTurnedAwayAndTheReceiverRecovers() throws Exception {
        List<Socket> flood = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < 1000; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), receiver.port());
                s.setSoTimeout(3_000);
                flood.add(s);
            }
            int busy = 0;
            int served = 0;
            for (Socket s : flood) {
                try {
                    String code = new String(s.getInputStream().readNBytes(3), StandardCharsets.US_ASCII);
                    busy += code.equals("421") ? 1 : 0;
                    served += code.equals("220") ? 1 : 0;
                } catch (SocketTimeoutException | SocketException ignored) {
                    // counted as neither: asserted below to be none
                }
            }
            // sessions end after the 1 s read timeout, so a few more than the 32-session limit get served
            assertThat(busy + served).as("every connection is answered, none left hanging").isEqualTo(1000);
            assertThat(busy).as("connections beyond the session limit get 421").isGreaterThan(500);
        } finally {
            for (Socket s : flood) {
                s.close();
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(receiver.isRunning()).isTrue();
        stillServes();
    }
}
