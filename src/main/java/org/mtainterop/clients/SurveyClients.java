package org.mtainterop.clients;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/** The client survey's clients, in a stable order: the containerised ones as listed in {@link ContainerizedClient}, then Angus Mail. */
public final class SurveyClients {
    private SurveyClients() {
    }

    /**
     * Every client: the real ones run in {@code container} (started by the caller, who also stops it), Angus Mail in
     * this JVM, sent to {@code serverAddress} for every server name (the address the container's /etc/hosts gives
     * those names: the Docker host gateway, {@code DockerBridge.gateway()}).
     */
    public static List<SurveyClient> all(ClientContainer container, InetAddress serverAddress) {
        List<SurveyClient> clients = new ArrayList<>(containerised(container));
        clients.add(new AngusMailSurveyClient(serverAddress));
        return List.copyOf(clients);
    }

    public static List<SurveyClient> containerised(ClientContainer container) {
        List<SurveyClient> clients = new ArrayList<>();
        for (ContainerizedClient client : ContainerizedClient.values()) {
            clients.add(new ContainerSurveyClient(client, container));
        }
        return List.copyOf(clients);
    }

    /** The names, in the same order, without starting anything. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (ContainerizedClient client : ContainerizedClient.values()) {
            names.add(client.label());
        }
        names.add(AngusMailSurveyClient.NAME);
        return List.copyOf(names);
    }
}
