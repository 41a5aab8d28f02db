package org.mtainterop.dane;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The chain one MX address presented to a handshake asking for one key type, and how the host's TLSA RRset
 * authenticates it: a fact. No chain is a fact too ({@code problem} says why: the server has no certificate of that
 * type, or the address could not be reached).
 *
 * @param reachable      whether STARTTLS was reached at all (false: unreachable, refused, no STARTTLS; not a DANE fact)
 * @param authentication the TLSA-vs-chain comparison, when a chain was presented
 */
public record PresentedChain(String host, String address, ChainKeyType keyType, boolean reachable,
                             List<X509Certificate> chain, Optional<DaneAuthentication> authentication, String problem) {

    public PresentedChain {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(keyType, "keyType");
        chain = List.copyOf(chain);
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(problem, "problem");
    }

    public boolean presented() {
        return !chain.isEmpty();
    }

    /** "mx.example.test [192.0.2.25] ECDSA". */
    public String where() {
        return host + " [" + address + "] " + keyType;
    }
}
