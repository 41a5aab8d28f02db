package org.mtainterop.sender;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.testcontainers.DockerClientFactory;

/**
 * The address of the Docker host on the default bridge network ("host-gateway" inside containers), read from
 * the engine, never assumed: the one host address a containerised sender can reach the receiver on.
 */
public final class DockerBridge {
    private DockerBridge() {
    }

    public static InetAddress gateway() {
        var network = DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId("bridge").exec();
        String gateway = network.getIpam().getConfig().stream().map(c -> c.getGateway())
                .filter(g -> g != null && !g.isBlank() && !g.contains(":")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the Docker bridge network has no IPv4 gateway"));
        try {
            return InetAddress.getByName(gateway);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("bad gateway address " + gateway, e);
        }
    }
}
