package org.mtainterop.sender;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/**
 * The address of the Docker host on the default bridge network ("host-gateway" inside containers), read from
 * the engine, never assumed: the one host address a containerised sender can reach the receiver on. Docker
 * 20.10 started by hand may report the bridge's subnet without its gateway; the gateway is then the IPv4
 * address of the bridge's own interface on this host ({@code com.docker.network.bridge.name}, docker0).
 */
public final class DockerBridge {
    private static final String BRIDGE_NAME = "com.docker.network.bridge.name";

    private DockerBridge() {
    }

    public static InetAddress gateway() {
        var network = DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId("bridge").exec();
        Optional<String> reported = network.getIpam().getConfig().stream().map(c -> c.getGateway())
                .filter(g -> g != null && !g.isBlank() && !g.contains(":")).findFirst();
        if (reported.isPresent()) {
            try {
                return InetAddress.getByName(reported.get());
            } catch (UnknownHostException e) {
                throw new IllegalStateException("bad gateway address " + reported.get(), e);
            }
        }
        Map<String, String> options = network.getOptions() == null ? Map.of() : network.getOptions();
        String bridge = options.getOrDefault(BRIDGE_NAME, "docker0");
        return interfaceAddress(bridge).orElseThrow(() -> new IllegalStateException(
                "the Docker bridge network reports no IPv4 gateway, and its interface " + bridge + " has no IPv4 address"));
    }

    private static Optional<InetAddress> interfaceAddress(String name) {
        try {
            NetworkInterface bridge = NetworkInterface.getByName(name);
            return bridge == null ? Optional.empty() : bridge.inetAddresses()
                    .filter(a -> a instanceof Inet4Address).findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }
}
