package dev.codedrill.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.LanguageRegistry;
import dev.codedrill.testing.TestEngine;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/** What the real-engine pool tests share: the offline languages, a unique session per pool, a run helper. */
final class PoolFixtures {

    private PoolFixtures() {
    }

    static Language language(String id) {
        return LanguageRegistry.load(TestEngine.offlineSettings()).find(id).orElseThrow();
    }

    /** A config whose session id (and so every label and name) belongs to this test alone. */
    static PoolConfig config(String testName) {
        String tag = testName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        tag = tag.substring(0, Math.min(14, tag.length()));
        return PoolConfig.defaults().withSessionId("t" + tag + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static ExecResult run(DockerEngine engine, Lease lease, String script) {
        return engine.exec(lease.containerId(), ExecRequest.of(lease.user(), Duration.ofSeconds(30), "sh", "-c", script)
                .withWorkDir(lease.workDir()));
    }

    static String output(DockerEngine engine, Lease lease, String script) {
        ExecResult result = run(engine, lease, script);
        assertThat(result.exitCode()).as("exit code of %s (stderr: %s)", script, result.stderrText()).isZero();
        return result.stdoutText();
    }

    /** Asserts the engine holds nothing of the pool's session: no container, no volume. */
    static void assertNothingLeft(DockerEngine engine, ContainerPool pool) {
        assertThat(engine.list(pool.labels())).as("containers of session %s", pool.sessionId()).isEmpty();
        assertThat(engine.listVolumes(pool.labels())).as("volumes of session %s", pool.sessionId()).isEmpty();
    }
}
