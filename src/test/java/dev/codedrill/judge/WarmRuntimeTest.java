package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.codedrill.docker.ContainerState;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.java.JavaHarness;
import dev.codedrill.lang.javascript.JavaScriptHarness;
import dev.codedrill.lang.php.PhpHarness;
import dev.codedrill.lang.python.PythonHarness;
import dev.codedrill.pool.SandboxFactory;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.TestCase;
import dev.codedrill.testing.JudgeFixture;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestProblems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The warm runtimes (Python, JavaScript, PHP, and Java's compiler) against the real engine: a run (a compile) is served
 * by the runtime the pool started ahead of it, nothing of one submission reaches the next one's runtime, and a runtime
 * that died while it waited leaves the run to start its interpreter (compiler) as usual.
 *
 * <p>The code under test tells which runtime ran it by its parent process: the warm runtime's is the wrapper that
 * waits for it (its command line names /tmp/.codedrill-warm), a cold run's is {@code timeout}. Java's program tells
 * its compile by the warm compiler's pid file (the compile that it served removed it), and its run by its parent, the
 * wrapper of the JVM started ahead of the run (/tmp/.codedrill-warm-run).
 */
class WarmRuntimeTest {

    private static final Problem PROBE = TestProblems.function("probe(x: int) -> int", "{\"x\": 1}", "1");
    private static final Problem COLD_PROBE = TestProblems.function("probe(x: int) -> int", "{\"x\": 1}", "0");

    /** 1 when the parent is the warm runtime's wrapper, and (unless x is 0) nothing an earlier run left is seen. */
    private static final Map<String, String> PROBES = Map.of(
            "python", """
                    import builtins, os
                    class Solution:
                        def probe(self, x: int) -> int:
                            parent = open(f"/proc/{os.getppid()}/cmdline", "rb").read()
                            leaked = hasattr(builtins, "codedrill_leak") or os.path.exists("/tmp/leak") \\
                                or "CODEDRILL_LEAK" in os.environ
                            builtins.codedrill_leak = 1
                            os.environ["CODEDRILL_LEAK"] = "1"
                            open("/tmp/leak", "w").write("left by an earlier run")
                            return 1 if b".codedrill-warm" in parent and not leaked else 0
                    """,
            "javascript", """
                    const fs = require('fs');
                    function probe(x) {
                        const parent = fs.readFileSync('/proc/' + process.ppid + '/cmdline', 'utf8');
                        const leaked = fs.existsSync('/tmp/leak') || process.env.CODEDRILL_LEAK === '1';
                        process.env.CODEDRILL_LEAK = '1';
                        fs.writeFileSync('/tmp/leak', 'left by an earlier run');
                        // the tests run in the worker the warm runtime started first (a worker made later is 2)
                        const warmWorker = require('worker_threads').threadId === 1;
                        return parent.includes('.codedrill-warm') && warmWorker && !leaked ? 1 : 0;
                    }
                    """,
            "php", """
                    <?php
                    class Solution {
                        function probe($x) {
                            $parent = file_get_contents('/proc/' . posix_getppid() . '/cmdline');
                            $leaked = file_exists('/tmp/leak') || getenv('CODEDRILL_LEAK') === '1';
                            putenv('CODEDRILL_LEAK=1');
                            file_put_contents('/tmp/leak', 'left by an earlier run');
                            return str_contains($parent, '.codedrill-warm') && !$leaked ? 1 : 0;
                        }
                    }
                    """,
            // compiled by the warm compiler (which consumed it: its pid file is empty), run in the JVM started ahead of
            // the run (whose parent is the wrapper in /tmp/.codedrill-warm-run)
            "java", """
                    import java.nio.file.*;
                    class Solution {
                        public int probe(int x) {
                            try {
                                Path warm = Path.of("/tmp/.codedrill-warm");
                                boolean compiledWarm = Files.readString(warm.resolve("cmd")).startsWith("javac ")
                                        && Files.size(warm.resolve("pid")) == 0;
                                long parent = ProcessHandle.current().parent().orElseThrow().pid();
                                boolean ranWarm = Files.readString(Path.of("/proc/" + parent + "/cmdline"))
                                        .contains(".codedrill-warm-run");
                                boolean leaked = Files.exists(Path.of("/tmp/leak"))
                                        || System.getProperty("codedrill.leak") != null;
                                System.setProperty("codedrill.leak", "1");
                                Files.writeString(Path.of("/tmp/leak"), "left by an earlier run");
                                return compiledWarm && ranWarm && !leaked ? 1 : 0;
                            } catch (java.io.IOException e) {
                                return 0;
                            }
                        }
                    }
                    """);

    private static HarnessGenerator harness(String language) {
        return switch (language) {
            case "python" -> new PythonHarness();
            case "php" -> new PhpHarness();
            case "java" -> new JavaHarness();
            default -> new JavaScriptHarness();
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "javascript", "php", "java"})
    void eachRunIsServedByARuntimeStartedAheadOfItAndSeesNothingOfTheRunBefore(String language) throws Exception {
        try (JudgeFixture judge = new JudgeFixture(harness(language))) {
            for (int run = 1; run <= 3; run++) { // one container (pool size 1): each run after a reset of it
                assertThat(judge.settle()).isTrue();
                awaitWarmRuntime(judge);
                // each run a new source: the same one again would take the compile cache's classes, compiling nothing
                String source = PROBES.get(language) + (language.equals("java") ? "// run " + run + "\n" : "");
                JudgeResult result = judge.submit(PROBE, source);
                assertThat(result.verdict()).as("run %d: %s", run, result).isInstanceOf(Verdict.Accepted.class);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "javascript", "php", "java"})
    void aRuntimeThatDiedWhileWaitingLeavesTheRunToStartItsInterpreterAsUsual(String language) throws Exception {
        try (JudgeFixture judge = new JudgeFixture(harness(language))) {
            assertThat(judge.settle()).isTrue();
            String container = awaitWarmRuntime(judge);
            ExecResult killed = SharedTestDaemon.engine().exec(container, ExecRequest.of(SandboxFactory.USER,
                    Duration.ofSeconds(10), "sh", "-c", "kill -9 $(cat /tmp/.codedrill-warm/pid)"));
            assertThat(killed.exitCode()).as(killed.stderrText()).isZero();

            JudgeResult result = judge.submit(COLD_PROBE, PROBES.get(language));

            assertThat(result.verdict()).as("%s", result).isInstanceOf(Verdict.Accepted.class);
        }
    }

    @Test
    void aJavaStdioProgramIsCompiledByTheWarmCompilerToo() throws Exception {
        Problem stdio = new Problem("one", "One", Difficulty.EASY, List.of("math"), ProblemKind.STDIO, null,
                ComparatorSpec.TOKENS, 2000, 256, "", List.of(new TestCase(0, "test 1", new TextNode("\n"),
                new TextNode("1\n"), true)), Path.of("."));
        try (JudgeFixture judge = new JudgeFixture(new JavaHarness())) {
            assertThat(judge.settle()).isTrue();
            awaitWarmRuntime(judge);
            JudgeResult result = judge.submit(stdio, """
                    import java.nio.file.*;
                    public class Main {
                        public static void main(String[] args) throws Exception {
                            Path warm = Path.of("/tmp/.codedrill-warm");
                            System.out.println(Files.readString(warm.resolve("cmd")).startsWith("javac ")
                                    && Files.size(warm.resolve("pid")) == 0 ? 1 : 0);
                        }
                    }
                    """);
            assertThat(result.verdict()).as("%s", result).isInstanceOf(Verdict.Accepted.class);
        }
    }

    /** 1 when the program runs in the JVM started ahead of the run (its parent is that JVM's wrapper); prints its heap. */
    private static final String JAVA_RUN_PROBE = """
            import java.nio.file.*;
            class Solution {
                public int probe(int x) {
                    try {
                        long parent = ProcessHandle.current().parent().orElseThrow().pid();
                        boolean ranWarm = Files.readString(Path.of("/proc/" + parent + "/cmdline"))
                                .contains(".codedrill-warm-run");
                        System.out.print(Runtime.getRuntime().maxMemory() / (1024 * 1024));
                        return ranWarm ? 1 : 0;
                    } catch (java.io.IOException e) {
                        return -1;
                    }
                }
            }
            """;

    @Test
    void aJavaRunOfCachedClassesIsServedByTheJvmStartedAheadOfItToo() throws Exception {
        try (JudgeFixture judge = new JudgeFixture(new JavaHarness())) {
            for (int run = 1; run <= 2; run++) { // the second takes the first's classes from the compile cache
                assertThat(judge.settle()).isTrue();
                awaitWarmRuntime(judge, "/tmp/.codedrill-warm-run");
                JudgeResult result = judge.submit(PROBE, JAVA_RUN_PROBE);
                assertThat(result.verdict()).as("run %d: %s", run, result).isInstanceOf(Verdict.Accepted.class);
            }
            assertThat(judge.compileCache().hits()).isEqualTo(1);
        }
    }

    @Test
    void aJavaRunsJvmThatDiedWhileWaitingLeavesTheRunToStartAJvmOfItsOwn() throws Exception {
        try (JudgeFixture judge = new JudgeFixture(new JavaHarness())) {
            assertThat(judge.settle()).isTrue();
            String container = awaitWarmRuntime(judge, "/tmp/.codedrill-warm-run");
            ExecResult killed = SharedTestDaemon.engine().exec(container, ExecRequest.of(SandboxFactory.USER,
                    Duration.ofSeconds(10), "sh", "-c", "kill -9 $(cat /tmp/.codedrill-warm-run/pid)"));
            assertThat(killed.exitCode()).as(killed.stderrText()).isZero();

            JudgeResult result = judge.submit(COLD_PROBE, JAVA_RUN_PROBE);

            assertThat(result.verdict()).as("%s", result).isInstanceOf(Verdict.Accepted.class);
        }
    }

    @Test
    void aJavaProblemUnderAnotherMemoryLimitRunsInAJvmOfItsOwnWithItsHeap() throws Exception {
        Problem larger = new Problem("p", "P", Difficulty.EASY, List.of(), ProblemKind.FUNCTION,
                COLD_PROBE.signature(), ComparatorSpec.EXACT, 2000, 512, "", COLD_PROBE.tests(), Path.of("."));
        try (JudgeFixture judge = new JudgeFixture(new JavaHarness())) {
            assertThat(judge.settle()).isTrue();
            awaitWarmRuntime(judge, "/tmp/.codedrill-warm-run");

            JudgeResult result = judge.submit(larger, JAVA_RUN_PROBE);

            assertThat(result.verdict()).as("%s", result).isInstanceOf(Verdict.Accepted.class);
            // -Xmx416m for 512 MB (the warm JVM's is 160m, for 256 MB); the JVM reports a little less than -Xmx
            assertThat(Integer.parseInt(result.tests().get(0).stdout().strip())).isBetween(380, 416);
        }
    }

    /** The pool's one container, once its warm runtime waits (it starts in the background after the reset). */
    private static String awaitWarmRuntime(JudgeFixture judge) throws InterruptedException {
        return awaitWarmRuntime(judge, "/tmp/.codedrill-warm");
    }

    /** The same, for the runtime in {@code dir}, once it is ready (it made its ready file). */
    private static String awaitWarmRuntime(JudgeFixture judge, String dir) throws InterruptedException {
        List<ContainerState> containers = SharedTestDaemon.engine().list(judge.pool().labels());
        assertThat(containers).hasSize(1);
        String id = containers.get(0).id();
        for (int i = 0; i < 300; i++) {
            ExecResult waiting = SharedTestDaemon.engine().exec(id, ExecRequest.of(SandboxFactory.USER,
                    Duration.ofSeconds(10), "sh", "-c", "kill -0 $(cat " + dir + "/pid) && [ -e " + dir + "/ready ]"));
            if (waiting.exitCode() == 0) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no warm runtime waits in " + dir + " of " + id);
    }
}
