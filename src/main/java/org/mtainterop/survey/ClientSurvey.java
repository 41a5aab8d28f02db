package org.mtainterop.survey;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mtainterop.adversary.access.AccessAdversarialServer;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.clients.AngusMailSurveyClient;
import org.mtainterop.clients.ClientContainer;
import org.mtainterop.clients.ClientJob;
import org.mtainterop.clients.ClientRun;
import org.mtainterop.clients.SurveyClient;
import org.mtainterop.clients.SurveyClients;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.sender.DockerBridge;
import org.mtainterop.target.container.DockerAvailability;

/**
 * Runs the client survey: each selected mail program, for each protocol it speaks and each case it can be
 * configured for, meets a fresh adversarial access server in that case's profile; the cell keeps the program's run
 * and the server's sessions. Cells run a few at once (each on its own server and port); the containerised programs
 * share one clients container and reach the servers on the Docker host gateway, the only address they can route to.
 * One random login per survey; its value is never kept.
 */
public final class ClientSurvey {
    /** The name every survey server answers as and its valid certificates carry. */
    public static final String SERVER_NAME = "mail.survey.test";
    /** How long, after the program returned, the server may still be writing down its sessions. */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    /**
     * @param clients     client names to run (empty: all)
     * @param protocols   protocols to run
     * @param cases       cases to run (the compliant controls are always added by the caller that wants them)
     * @param parallelism cells at once
     * @param jobDeadline one program run
     */
    public record Settings(List<String> clients, Set<AccessProtocolKind> protocols, Set<SurveyCase> cases,
                           int parallelism, Duration jobDeadline) {
        public Settings {
            clients = List.copyOf(clients);
            protocols = Set.copyOf(protocols);
            cases = Set.copyOf(cases);
        }

        public boolean selects(String client) {
            return clients.isEmpty() || clients.contains(client);
        }

        boolean needsContainer() {
            return SurveyClients.names().stream().filter(this::selects)
                    .anyMatch(n -> !n.equals(AngusMailSurveyClient.NAME));
        }
    }

    private ClientSurvey() {
    }

    /** Runs the survey with the real programs: the clients container (if a containerised one is selected) and Angus Mail. */
    public static SurveyResult run(Settings settings) {
        if (!settings.needsContainer()) {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            return run(settings, List.of(new AngusMailSurveyClient(loopback)), loopback);
        }
        DockerAvailability.problem().ifPresent(p -> {
            throw new IllegalArgumentException("the client survey needs Docker for its containerised clients: " + p
                    + " (--client angus-mail runs without it)");
        });
        DockerAvailability.missingImage(ClientContainer.IMAGE).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        InetAddress gateway = DockerBridge.gateway();
        ClientContainer container = new ClientContainer().withServerName(SERVER_NAME);
        try {
            container.start();
            return run(settings, SurveyClients.all(container, gateway), gateway);
        } finally {
            container.stop();
        }
    }

    /**
     * Runs the survey with the given programs, each meeting servers bound to {@code bind} (an address the programs
     * reach {@link #SERVER_NAME} at).
     */
    public static SurveyResult run(Settings settings, List<SurveyClient> clients, InetAddress bind) {
        Instant start = Instant.now();
        TestPki pki = TestPki.generate();
        SecureRandom random = new SecureRandom();
        Login login = new Login("survey-" + HexFormat.of().formatHex(random.generateSeed(4)),
                HexFormat.of().formatHex(random.generateSeed(12)), PemCodec.encodeCertificate(pki.rootCertificate()));
        List<Planned> plan = new ArrayList<>();
        for (SurveyClient client : clients) {
            if (!settings.selects(client.name())) {
                continue;
            }
            for (AccessProtocolKind protocol : AccessProtocolKind.values()) {
                if (!settings.protocols().contains(protocol) || !client.protocols().contains(protocol)) {
                    continue;
                }
                for (SurveyCase c : SurveyCase.values()) {
                    if (settings.cases().contains(c) && client.supports(protocol, c.mode())) {
                        plan.add(new Planned(client, protocol, c));
                    }
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallelism(), r -> {
            Thread t = new Thread(r, "client-survey");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SurveyCell>> running = new ArrayList<>();
            for (Planned p : plan) {
                running.add(pool.submit(() -> p.measure(bind, pki, login, settings.jobDeadline())));
            }
            List<SurveyCell> cells = new ArrayList<>();
            for (Future<SurveyCell> f : running) {
                cells.add(f.get());
            }
            return new SurveyResult(cells, Duration.between(start, Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("client survey interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("client survey: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The sessions once none is in progress (a program may return before the server has written its session down). */
    private static List<AccessSessionFacts> settled(AccessAdversarialServer server) {
        long until = System.nanoTime() + SETTLE.toNanos();
        while (server.activeSessions() > 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return server.sessions();
    }

    private record Login(String user, String password, String caPem) {
        @Override
        public String toString() {
            return "Login[redacted]";
        }
    }

    private record Planned(SurveyClient client, AccessProtocolKind protocol, SurveyCase surveyCase) {
        SurveyCell measure(InetAddress bind, TestPki pki, Login login, Duration deadline) {
            var settings = AccessAdversarialServer.Settings.of(new InetSocketAddress(bind, 0), SERVER_NAME,
                    protocol.service(surveyCase.mode()), surveyCase.profile());
            try (AccessAdversarialServer server = AccessAdversarialServer.start(settings, pki)) {
                ClientJob job = new ClientJob(protocol, surveyCase.mode(), SERVER_NAME, server.port(), login.caPem(),
                        login.user(), login.password(), deadline);
                ClientRun run = client.run(job);
                List<AccessSessionFacts> sessions = settled(server);
                return new SurveyCell(client.name(), protocol, surveyCase, run, sessions, Optional.empty());
            } catch (RuntimeException e) {
                ClientRun none = new ClientRun(client.name(), protocol, surveyCase.mode(), ClientRun.BAD_JOB, false,
                        Duration.ZERO, "", "not run: " + e.getMessage());
                return new SurveyCell(client.name(), protocol, surveyCase, none, List.of(),
                        Optional.of(String.valueOf(e.getMessage())));
            }
        }
    }
}
