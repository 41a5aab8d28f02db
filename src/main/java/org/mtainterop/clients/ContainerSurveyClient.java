package org.mtainterop.clients;

import java.util.Set;

/** One real mail client of the clients image, run in the shared {@link ClientContainer}. */
public final class ContainerSurveyClient implements SurveyClient {
    private final ContainerizedClient client;
    private final ClientContainer container;

    public ContainerSurveyClient(ContainerizedClient client, ClientContainer container) {
        this.client = client;
        this.container = container;
    }

    @Override
    public String name() {
        return client.label();
    }

    @Override
    public Set<AccessProtocolKind> protocols() {
        return client.protocols();
    }

    @Override
    public boolean supports(AccessProtocolKind protocol, TlsMode mode) {
        return client.supports(protocol, mode);
    }

    /** Unsupported combinations are answered here, without a container round trip ({@link ClientRun#NOT_APPLICABLE}). */
    @Override
    public ClientRun run(ClientJob job) {
        if (!supports(job.protocol(), job.mode())) {
            return ClientRun.notApplicable(name(), job);
        }
        return container.run(client.label(), job);
    }

    @Override
    public String toString() {
        return name() + " (" + ClientContainer.IMAGE + ")";
    }
}
