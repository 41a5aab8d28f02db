package org.mtainterop.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The recipes of ci-templates/ (issue 19): each parsed, its shard wiring checked (N shards, each index given
 * {@code --shard I/N} once, 1-based, a report directory per shard, the merge after every shard over all of them),
 * and each shard's shell run for every index with a stand-in {@code mta-interop} that records its arguments and
 * exits with a chosen code: a verdict (0, 1, 3) lets the shard succeed for the merge to report, a usage error (2)
 * or a crash fails it.
 */
class CiTemplatesTest {
    private static final Path TEMPLATES = Path.of("ci-templates");
    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, Object... path) {
        Object n = node;
        for (Object p : path) {
            n = p instanceof Integer i ? ((List<Object>) n).get(i) : ((Map<String, Object>) n).get(p);
            assertThat(n).as("%s in the template", p).isNotNull();
        }
        return (T) n;
    }

    private static List<Object> documents(Path file) throws IOException {
        List<Object> docs = new ArrayList<>();
        new Yaml(new LoaderOptions()).loadAll(Files.readString(TEMPLATES.resolve(file))).forEach(docs::add);
        return docs;
    }

    /** Runs {@code script} with {@code shell} in a fresh directory where {@code mta-interop} exits {@code code}. */
    private Run run(String shell, String script, Map<String, String> env, int code) throws Exception {
        Path cwd = Files.createTempDirectory(tmp, "shard");
        String stub = "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + cwd.resolve("args") + "\"\nexit " + code + "\n";
        for (Path p : List.of(cwd.resolve("mta-interop"), cwd.resolve("bin").resolve("mta-interop"))) {
            Files.createDirectories(p.getParent());
            Files.writeString(p, stub);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        ProcessBuilder pb = new ProcessBuilder(shell, "-e", "-c", script).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("PATH", cwd.resolve("bin") + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        Path args = cwd.resolve("args");
        return new Run(p.exitValue(), out, Files.exists(args) ? Files.readAllLines(args) : List.of());
    }

    private record Run(int exit, String output, List<String> args) {
        String after(String option) {
            int i = args.indexOf(option);
            assertThat(i).as(option + " in " + args).isNotNegative();
            return args.get(i + 1);
        }
    }

    private void eachShardRunsItsPart(String shell, String script, int shards, java.util.function.IntFunction<Map<String, String>> env,
                                      java.util.function.IntFunction<String> reportDir) throws Exception {
        eachShardRunsItsPart(shell, i -> script, shards, env, reportDir);
    }

    private void eachShardRunsItsPart(String shell, java.util.function.IntFunction<String> scriptOf, int shards,
                                      java.util.function.IntFunction<Map<String, String>> env,
                                      java.util.function.IntFunction<String> reportDir) throws Exception {
        String script = scriptOf.apply(1);
        for (int i = 1; i <= shards; i++) {
            Run r = run(shell, scriptOf.apply(i), env.apply(i), 1);
            assertThat(r.exit()).as("a failed requirement is the merge's verdict: " + r.output()).isZero();
            assertThat(r.args().get(0)).isEqualTo("run");
            assertThat(r.after("--shard")).isEqualTo(i + "/" + shards);
            assertThat(r.after("--report-dir")).isEqualTo(reportDir.apply(i));
            assertThat(r.args()).contains("--operators");
        }
        assertThat(run(shell, script, env.apply(1), 0).exit()).isZero();
        assertThat(run(shell, script, env.apply(1), 3).exit()).isZero();
        assertThat(run(shell, script, env.apply(1), 2).exit()).as("a usage error fails the shard").isEqualTo(2);
        assertThat(run(shell, script, env.apply(1), 137).exit()).as("a crash fails the shard").isEqualTo(137);
    }

    @Test
    void kubernetesIndexedJobGivesEachCompletionIndexItsShard() throws Exception {
        List<Object> docs = documents(Path.of("kubernetes/mta-interop-shards.yaml"));
        assertThat(docs).extracting(d -> at(d, "kind")).containsExactly("PersistentVolumeClaim", "Job", "Job");
        Object shards = docs.get(1);
        assertThat((String) at(shards, "spec", "completionMode")).isEqualTo("Indexed");
        int n = at(shards, "spec", "completions");
        assertThat((int) at(shards, "spec", "parallelism")).isEqualTo(n);
        Object container = at(shards, "spec", "template", "spec", "containers", 0);
        assertThat((String) at(container, "env", 0, "name")).isEqualTo("SHARDS");
        assertThat(Integer.parseInt(at(container, "env", 0, "value"))).isEqualTo(n);
        assertThat((List<String>) at(container, "command")).containsExactly("/bin/sh", "-c"); // run below with -e too
        String script = at(container, "args", 0);
        eachShardRunsItsPart("sh", script, n, i -> Map.of("JOB_COMPLETION_INDEX", String.valueOf(i - 1), "SHARDS",
                String.valueOf(n)), i -> "/reports/shard-" + i);
        assertThat((List<Integer>) at(shards, "spec", "podFailurePolicy", "rules", 0, "onExitCodes", "values")).containsExactly(2);

        Object merge = docs.get(2);
        Object waits = at(merge, "spec", "template", "spec", "initContainers", 0);
        assertThat(Integer.parseInt(at(waits, "env", 0, "value"))).as("the merge waits for every shard").isEqualTo(n);
        assertThat((String) at(waits, "args", 0)).contains("/reports/shard-*/summary.json");
        String mergeScript = at(merge, "spec", "template", "spec", "containers", 0, "args", 0);
        assertThat(mergeScript).contains("mta-interop merge").contains("/reports/shard-*").contains("--report-dir /reports/merged");
        String claim = at(docs.get(0), "metadata", "name");
        assertThat((String) at(shards, "spec", "template", "spec", "volumes", 1, "persistentVolumeClaim", "claimName")).isEqualTo(claim);
        assertThat((String) at(merge, "spec", "template", "spec", "volumes", 1, "persistentVolumeClaim", "claimName")).isEqualTo(claim);
    }

    @Test
    void githubMatrixRunsEveryShardThenTheMerge() throws Exception {
        Object workflow = documents(Path.of("github/mta-interop-nightly.yml")).get(0);
        int n = at(workflow, "env", "SHARDS");
        List<Integer> matrix = at(workflow, "jobs", "shard", "strategy", "matrix", "shard");
        assertThat(matrix).isEqualTo(IntStream.rangeClosed(1, n).boxed().toList());
        assertThat((Boolean) at(workflow, "jobs", "shard", "strategy", "fail-fast")).isFalse();
        List<Map<String, Object>> steps = at(workflow, "jobs", "shard", "steps");
        String script = steps.stream().filter(s -> String.valueOf(s.get("name")).startsWith("Judge shard"))
                .map(s -> (String) s.get("run")).findFirst().orElseThrow();
        // what the runner runs for matrix entry i: the expression replaced, then bash -e
        eachShardRunsItsPart("bash", i -> script.replace("${{ matrix.shard }}", String.valueOf(i)), n,
                i -> Map.of("SHARDS", String.valueOf(n), "OPERATORS", "operators.yaml"), i -> "reports/shard-" + i);
        String upload = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-artifact"))
                .map(s -> at(s, "with", "name").toString()).findFirst().orElseThrow();
        assertThat(upload).isEqualTo("mta-interop-shard-${{ matrix.shard }}");
        assertThat((String) at(workflow, "jobs", "merge", "needs")).isEqualTo("shard");
        List<Map<String, Object>> mergeSteps = at(workflow, "jobs", "merge", "steps");
        assertThat(mergeSteps).anySatisfy(s -> assertThat(String.valueOf(s.get("with"))).contains("pattern=mta-interop-shard-*"));
        assertThat(mergeSteps).anySatisfy(s -> assertThat(String.valueOf(s.get("run")))
                .contains("./mta-interop merge").contains("reports/shards/*"));
    }

    @Test
    void gitlabParallelJobRunsEveryShardThenTheMerge() throws Exception {
        Object pipeline = documents(Path.of("gitlab/mta-interop-nightly.gitlab-ci.yml")).get(0);
        int n = at(pipeline, "mta-interop-shard", "parallel");
        List<String> lines = at(pipeline, "mta-interop-shard", "script");
        String script = String.join("\n", lines);
        eachShardRunsItsPart("bash", script, n, i -> Map.of("CI_NODE_INDEX", String.valueOf(i), "CI_NODE_TOTAL",
                String.valueOf(n), "OPERATORS", "operators.yaml"), i -> "reports/shard-" + i);
        assertThat((List<String>) at(pipeline, "mta-interop-shard", "artifacts", "paths")).containsExactly("reports/");
        assertThat((List<String>) at(pipeline, "mta-interop-merge", "needs")).containsExactly("mta-interop-shard");
        assertThat(String.join("\n", (List<String>) at(pipeline, "mta-interop-merge", "script")))
                .contains("./mta-interop merge").contains("reports/shard-*");
        assertThat((List<String>) at(pipeline, "stages")).containsExactly("judge", "merge");
    }
}
