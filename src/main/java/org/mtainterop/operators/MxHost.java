package org.mtainterop.operators;

import java.util.Optional;

/**
 * One MX host of an operator: the name its certificate is checked against, the port (25 unless the file
 * says otherwise) and, optionally, the address to connect to instead of resolving the name (a lab, or an
 * MX whose DNS is not published yet).
 */
public record MxHost(String name, int port, Optional<String> address) {
    public static final int SMTP_PORT = 25;

    /** {@code name}, or {@code name:port} when the port is not 25, as in the file. */
    public String display() {
        return port == SMTP_PORT ? name : name + ":" + port;
    }

    /** Where to connect: the address if given, else the name. */
    public String connectTo() {
        return address.orElse(name);
    }
}
