package org.mtainterop.probe;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.mtainterop.probe.TlsEnumerationFacts.Support;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.raw.ClientHello;
import org.mtainterop.tls.raw.ClientHello.Extension;
import org.mtainterop.tls.raw.ServerHello;
import org.mtainterop.tls.raw.ServerResponse;

/**
 * Enumeration phase 4: the TLS 1.2 extensions the server echoes (renegotiation_info, extended_master_secret,
 * heartbeat, truncated_hmac), whether it agrees to DEFLATE compression, and whether it completes a hello
 * without SNI and one with an unknown SNI.
 */
final class ExtensionPhase {
    record Found(Support secureRenegotiation, Support extendedMasterSecret, Support compression, Support heartbeat,
                 Support truncatedHmac, Support withoutSni, Support unknownSni) {
    }

    private final Optional<ServerHello> legacyHello;
    private final Optional<CompletableFuture<RawHelloExchange.Result>> extensions;
    private final Optional<CompletableFuture<RawHelloExchange.Result>> noSni;
    private final Optional<CompletableFuture<RawHelloExchange.Result>> unknownSni;

    private ExtensionPhase(VersionPhase.Found versions, EnumerationHellos hellos) {
        this.legacyHello = versions.legacyHello();
        this.extensions = versions.legacyBest().map(v -> hellos.async(() -> hellos.hello(
                hellos.typical(v, EnumerationHellos.suitesFor(v)).withCompression(List.of(
                        ClientHello.COMPRESSION_DEFLATE, ClientHello.COMPRESSION_NULL)).withExtension(Extension.HEARTBEAT)
                        .withExtension(Extension.TRUNCATED_HMAC), "DEFLATE, heartbeat, truncated_hmac")));
        this.noSni = versions.best().map(v -> hellos.async(() -> hellos.hello(
                hellos.typical(v, EnumerationHellos.suitesFor(v)).withServerName(Optional.empty()), "no SNI")));
        this.unknownSni = versions.best().map(v -> hellos.async(() -> hellos.hello(
                hellos.typical(v, EnumerationHellos.suitesFor(v)).withServerName(Optional.of(TlsClientSettings.UNKNOWN_SNI)),
                "unknown SNI")));
    }

    static ExtensionPhase start(EnumerationHellos hellos, VersionPhase.Found versions) {
        return new ExtensionPhase(versions, hellos);
    }

    Found found() {
        Optional<ServerHello> extHello = extensions.flatMap(f -> f.join().response()).flatMap(ServerResponse::serverHello);
        return new Found(echoed(legacyHello, ServerHello.EXT_RENEGOTIATION_INFO),
                echoed(legacyHello, ServerHello.EXT_EXTENDED_MASTER_SECRET),
                extHello.map(h -> h.compressionMethod() != ClientHello.COMPRESSION_NULL ? Support.YES : Support.NO)
                        .orElse(Support.NOT_APPLICABLE),
                echoed(extHello, ServerHello.EXT_HEARTBEAT), echoed(extHello, ServerHello.EXT_TRUNCATED_HMAC),
                answered(noSni), answered(unknownSni));
    }

    private static Support echoed(Optional<ServerHello> hello, int extension) {
        return hello.map(h -> h.hasExtension(extension) ? Support.YES : Support.NO).orElse(Support.NOT_APPLICABLE);
    }

    private static Support answered(Optional<CompletableFuture<RawHelloExchange.Result>> f) {
        return f.map(r -> r.join().accepted() ? Support.YES : Support.NO).orElse(Support.NOT_APPLICABLE);
    }
}
