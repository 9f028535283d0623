package dev.codedrill.pool;

import static dev.codedrill.pool.PoolFixtures.assertNothingLeft;
import static dev.codedrill.pool.PoolFixtures.config;
import static dev.codedrill.pool.PoolFixtures.language;
import static dev.codedrill.pool.PoolFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.ContainerSpec;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.docker.PreparedExec;
import dev.codedrill.docker.ProcessLimit;
import dev.codedrill.testing.SharedTestDaemon;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The resource limits (ulimits) of every process in a sandbox, read by a program in a real pooled container. */
class SandboxLimitsTest {

    private static final long MIB = 1024L * 1024;
    private static DockerEngine engine;
    private ContainerPool pool;

    @BeforeAll
    static void connect() {
        engine = SharedTestDaemon.engine();
    }

    @AfterEach
    void closePool() {
        if (pool != null) {
            pool.close();
            assertNothingLeft(engine, pool);
        }
    }

    @Test
    void theSpecOfASandboxAsksForNoCoreDumpsFewOpenFilesAndFilesNoLargerThanTheLargestWritableMount() {
        PoolConfig config = PoolConfig.defaults();
        ContainerSpec spec = new SandboxFactory(engine, config).spec(language("python"), "n", "v", Map.of());

        assertThat(spec.ulimits()).containsExactlyInAnyOrder(
                new ProcessLimit("core", 0, 0),
                new ProcessLimit("nofile", 1024, 4096),
                new ProcessLimit("fsize", 256 * MIB, 256 * MIB)); // the /cache tmpfs, the largest of 64m, 16m, 256m
    }

    @Test
    void aRunInAPooledContainerCannotDumpCoreOpensAtMost4096FilesAndWritesNoFileLargerThanTheCache(TestInfo test)
            throws Exception {
        pool = new ContainerPool(engine, List.of(language("python").withPoolSize(1)),
                config(test.getDisplayName()).withExtraPerLanguage(0)).start();
        assertThat(pool.awaitSettled(Duration.ofSeconds(60))).as("pool filled: %s", pool.stats()).isTrue();
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
            // A run is a script fed to the exec the pool prepared: read the limits the way a run's program sees them.
            PreparedExec exec = lease.takePreparedExec();
            ExecResult result;
            try {
                String script = "python3 -c \"print(open('/proc/self/limits').read(), end='')\"";
                result = exec.feed(PreparedInput.of(script, new byte[0]), 8192, 8192, Duration.ofSeconds(20));
            } finally {
                exec.close();
            }
            assertThat(result.exitCode()).as("stderr: %s", result.stderrText()).isZero();
            Map<String, long[]> limits = parse(result.stdoutText());

            assertThat(limits.get("Max core file size")).as("no core dumps, and no raising the soft limit")
                    .containsExactly(0, 0);
            assertThat(limits.get("Max file size")).containsExactly(256 * MIB, 256 * MIB);
            long[] files = limits.get("Max open files");
            assertThat(files[1]).as("hard limit of open files").isEqualTo(4096);
            // The container's own processes start with 1024; an exec'd one may start with the hard limit, since the
            // runtime that starts it (runc, a Go program) raises its own soft limit before it execs (runc #4195).
            assertThat(files[0]).as("soft limit of open files").isBetween(1024L, 4096L);

            ExecResult raise = run(engine, lease, "ulimit -c unlimited");
            assertThat(raise.exitCode()).as("the sandbox user cannot raise the core limit").isNotZero();
            ExecResult pid1 = run(engine, lease, "cat /proc/1/limits");
            assertThat(parse(pid1.stdoutText()).get("Max open files")).as("the container's init").containsExactly(1024,
                    4096);
        }
    }

    /** "Max core file size  0  0  bytes" → {0, 0}; "unlimited" is -1. */
    private static Map<String, long[]> parse(String limitsFile) {
        Pattern line = Pattern.compile("^(Max [a-z ]+?)\\s{2,}(\\S+)\\s+(\\S+)", Pattern.MULTILINE);
        Map<String, long[]> limits = new HashMap<>();
        Matcher m = line.matcher(limitsFile);
        while (m.find()) {
            limits.put(m.group(1), new long[] {value(m.group(2)), value(m.group(3))});
        }
        assertThat(limits).as("limits read from:%n%s", limitsFile).containsKeys("Max core file size", "Max file size",
                "Max open files");
        return limits;
    }

    private static long value(String text) {
        return text.equals("unlimited") ? -1 : Long.parseLong(text);
    }
}
