package org.mtainterop.dns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.xbill.DNS.ResolverConfig;

/** Builds the {@link DnsLookup} that {@link DnsResolverSettings} describe. */
public final class DnsLookups {
    private DnsLookups() {
    }

    /**
     * The lookup for {@code settings}: {@link ValidationMode#HARNESS} when a trust anchor is given (loaded
     * now, so a bad file is a usage error before anything runs), {@link ValidationMode#RESOLVER_AD_BIT} otherwise.
     *
     * @throws IllegalArgumentException for a trust-anchor file that cannot be read or parsed ({@code file:line}),
     *                                  a resolver host that does not resolve, or no system resolver
     */
    public static DnsLookup create(DnsResolverSettings settings) {
        InetSocketAddress server = resolve(settings);
        if (settings.trustAnchor().isPresent()) {
            return new HarnessValidatingLookup(server, settings, TrustAnchors.load(settings.trustAnchor().get()));
        }
        return new ResolverAdBitLookup(server, settings);
    }

    private static InetSocketAddress resolve(DnsResolverSettings settings) {
        if (settings.resolver().isEmpty()) {
            List<InetSocketAddress> servers = ResolverConfig.getCurrentConfig().servers();
            if (servers.isEmpty()) {
                throw new IllegalArgumentException("no system resolver configured (resolv.conf); give --resolver HOST[:PORT]");
            }
            return servers.get(0);
        }
        InetSocketAddress given = settings.resolver().get();
        if (!given.isUnresolved()) {
            return given;
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(given.getHostString()), given.getPort());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("resolver '" + given.getHostString() + "': unknown host");
        }
    }
}
