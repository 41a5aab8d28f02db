package org.mtainterop.net;

/** Where to connect, and the name the peer's certificate must carry (the MX host name, RFC 7672 §3.2.2). */
public record Endpoint(String host, int port, String referenceName) {
    public Endpoint {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        referenceName = referenceName == null || referenceName.isBlank() ? host : referenceName;
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
