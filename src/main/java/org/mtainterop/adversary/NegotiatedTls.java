package org.mtainterop.adversary;

/** The TLS parameters of a handshake an adversarial server completed with a client. */
public record NegotiatedTls(String protocol, String cipherSuite) {
}
