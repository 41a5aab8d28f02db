package org.mtainterop.target;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.InetAddress;
import org.mtainterop.net.Endpoint;

/**
 * GreenMail's own SMTP server as it comes: no STARTTLS at all, like a legacy MX. Listens on 127.0.0.1 on an
 * ephemeral port ({@link ServerSetup#dynamicPort()}) and keeps what it receives in its own store.
 */
final class GreenMailPlaintextTarget implements AutoCloseable {
    private final GreenMail greenMail;
    private final String mxName;

    private GreenMailPlaintextTarget(GreenMail greenMail, String mxName) {
        this.greenMail = greenMail;
        this.mxName = mxName;
    }

    static GreenMailPlaintextTarget start(String mxName) {
        String loopback = InetAddress.getLoopbackAddress().getHostAddress();
        GreenMail greenMail = new GreenMail(new ServerSetup(0, loopback, ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        return new GreenMailPlaintextTarget(greenMail, mxName);
    }

    Endpoint endpoint() {
        return new Endpoint(greenMail.getSmtp().getBindTo(), greenMail.getSmtp().getPort(), mxName);
    }

    /** What GreenMail received on this target. */
    GreenMail store() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
