package org.mtainterop.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.ExecConfig;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The survey's real mail clients (containers/clients/, built as mta-interop/clients:latest, never pulled): an
 * idle container in which each job is one {@code docker exec /survey/run-client ...}. Server names are pinned to
 * the Docker host gateway in /etc/hosts (where the harness's access server listens) and there is no DNS
 * resolver, so a client can reach nothing else. Jobs may run concurrently: each has its own directory with the
 * CA and the credentials (copied in as files, never put on a command line), removed afterwards.
 */
public final class ClientContainer extends GenericContainer<ClientContainer> {
    public static final String IMAGE = "mta-interop/clients:latest";
    static final String DRIVER = "/survey/run-client";
    private static final String JOBS_DIR = "/survey/jobs/";
    /** How long past the job's own deadline (enforced inside by timeout(1)) the exec may take before we give up. */
    private static final Duration EXEC_GRACE = Duration.ofSeconds(15);
    private static final Pattern DRIVER_TIME = Pattern.compile("\\[run-client] \\S+ \\S+ \\S+: exit -?\\d+ after (\\d+) ms");
    private static final Pattern TEST_NAME = Pattern.compile("(?i)([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+test");

    private final Set<String> mappedNames = ConcurrentHashMap.newKeySet();
    private final ExecutorService execs = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "client-survey-exec");
        t.setDaemon(true);
        return t;
    });

    public ClientContainer() {
        super(DockerImageName.parse(IMAGE));
        withImagePullPolicy(name -> false);
        withExtraHost("host.docker.internal", "host-gateway");
        withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withDns(List.of("127.0.0.1")));
        withCommand("sleep", "infinity");
        waitingFor(Wait.forSuccessfulCommand("test -x " + DRIVER).withStartupTimeout(Duration.ofSeconds(30)));
    }

    /** Pins {@code name} (a {@code .test} name) to the host gateway: {@code --add-host name:host-gateway}. */
    public ClientContainer withServerName(String name) {
        requireTestName(name);
        withExtraHost(name, "host-gateway");
        mappedNames.add(name.toLowerCase(Locale.ROOT));
        return this;
    }

    /** Runs {@code client}'s driver for the job; the exit code, output and configuration are the driver's. */
    ClientRun run(String client, ClientJob job) {
        Redaction redaction = Redaction.of(job);
        String jobDir = JOBS_DIR + UUID.randomUUID();
        long start = System.nanoTime();
        try {
            mapServerName(job.serverName());
            copyFileToContainer(Transferable.of(job.caPem().getBytes(StandardCharsets.US_ASCII), 0644), jobDir + "/ca.pem");
            copyFileToContainer(Transferable.of(job.user().getBytes(StandardCharsets.UTF_8), 0600), jobDir + "/user");
            copyFileToContainer(Transferable.of(job.password().getBytes(StandardCharsets.UTF_8), 0600), jobDir + "/password");
            ExecConfig exec = ExecConfig.builder()
                    .command(new String[] {DRIVER, client, job.protocol().label(), job.mode().label(), job.serverName(),
                            String.valueOf(job.port())})
                    .envVars(Map.of("SURVEY_JOB_DIR", jobDir, "SURVEY_DEADLINE", String.valueOf(job.deadlineSeconds())))
                    .build();
            Container.ExecResult result = CompletableFuture
                    .supplyAsync(() -> exec(exec), execs)
                    .get(job.deadlineSeconds() + EXEC_GRACE.toSeconds(), TimeUnit.SECONDS);
            Duration took = driverTime(result.getStderr()).orElse(Duration.ofNanos(System.nanoTime() - start));
            return new ClientRun(client, job.protocol(), job.mode(), result.getExitCode(),
                    result.getExitCode() == ClientRun.TIMED_OUT, took,
                    redaction.apply(result.getStdout()), redaction.apply(result.getStderr()));
        } catch (TimeoutException e) {
            return harnessFailure(client, job, start, ClientRun.TIMED_OUT, "docker exec did not return within the deadline + "
                    + EXEC_GRACE.toSeconds() + " s");
        } catch (ExecutionException | IOException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            return harnessFailure(client, job, start, ClientRun.BAD_JOB, "harness could not run the job: "
                    + redaction.apply(String.valueOf(cause.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return harnessFailure(client, job, start, ClientRun.BAD_JOB, "interrupted");
        } finally {
            removeQuietly(jobDir);
        }
    }

    private Container.ExecResult exec(ExecConfig exec) {
        try {
            return execInContainer(StandardCharsets.UTF_8, exec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A name learnt after the start is pinned like the others, by the image's map-name (root, /etc/hosts). */
    private void mapServerName(String name) throws IOException, InterruptedException {
        requireTestName(name);
        String key = name.toLowerCase(Locale.ROOT);
        if (mappedNames.contains(key)) {
            return;
        }
        Container.ExecResult result = execInContainer("/survey/map-name", name);
        if (result.getExitCode() != 0) {
            throw new IOException("map-name " + name + ": " + result.getStderr().strip());
        }
        mappedNames.add(key);
    }

    private void removeQuietly(String jobDir) {
        try {
            execInContainer("rm", "-rf", jobDir);
        } catch (IOException | RuntimeException e) {
            // the container is going away, or is gone; nothing is left that outlives it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ClientRun harnessFailure(String client, ClientJob job, long start, int exitCode, String why) {
        return new ClientRun(client, job.protocol(), job.mode(), exitCode, exitCode == ClientRun.TIMED_OUT,
                Duration.ofNanos(System.nanoTime() - start), "", "[harness] " + why);
    }

    private static Optional<Duration> driverTime(String stderr) {
        Matcher m = DRIVER_TIME.matcher(stderr == null ? "" : stderr);
        Duration found = null;
        while (m.find()) {
            found = Duration.ofMillis(Long.parseLong(m.group(1)));
        }
        return Optional.ofNullable(found);
    }

    private static void requireTestName(String name) {
        if (name == null || !TEST_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("survey server names must be .test names (RFC 2606), not '" + name + "'");
        }
    }

    @Override
    public void stop() {
        execs.shutdownNow();
        super.stop();
    }
}
