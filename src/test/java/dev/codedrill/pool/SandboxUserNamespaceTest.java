package dev.codedrill.pool;

import static dev.codedrill.pool.PoolFixtures.assertNothingLeft;
import static dev.codedrill.pool.PoolFixtures.config;
import static dev.codedrill.pool.PoolFixtures.language;
import static dev.codedrill.pool.PoolFixtures.output;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.testing.DockerCli;
import dev.codedrill.testing.SharedTestDaemon;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The private daemon remaps users (issue 14, item 4): root in a sandbox, and the sandbox user, are unprivileged uids
 * of the private daemon's container, so a container escape lands on no one. Read in a real pooled container of the
 * shared test daemon (the compat launch) and, from outside, in the daemon's container.
 */
class SandboxUserNamespaceTest {

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
    void aSandboxRunsInAUserNamespaceWhoseRootAndSandboxUserAreUnprivilegedUidsOfTheDaemon(TestInfo test)
            throws Exception {
        pool = new ContainerPool(engine, List.of(language("python").withPoolSize(1)),
                config(test.getDisplayName()).withExtraPerLanguage(0)).start();
        assertThat(pool.awaitSettled(Duration.ofSeconds(60))).as("pool filled: %s", pool.stats()).isTrue();
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
            String uidMap = output(engine, lease, "cat /proc/self/uid_map");
            long[] map = Arrays.stream(uidMap.strip().split("\\s+")).mapToLong(Long::parseLong).toArray();
            assertThat(map).as("uid_map: %s", uidMap).hasSize(3);
            assertThat(map[0]).as("inside, from uid 0").isZero();
            assertThat(map[1]).as("outside: not the identity map").isGreaterThanOrEqualTo(100_000);
            assertThat(map[2]).as("the sandbox user 65534 is inside the range").isGreaterThan(65_534);

            // Seen from the daemon's container, a process of the sandbox user runs as an unprivileged uid.
            output(engine, lease, "sleep 31337 > /dev/null 2>&1 &");
            String ps = DockerCli.ok(DockerCli.run("exec", SharedTestDaemon.NAME, "ps", "-eo", "uid=,args="));
            String uid = ps.lines().filter(l -> l.endsWith("sleep 31337")).map(l -> l.strip().split("\\s+")[0])
                    .findFirst().orElseThrow(() -> new AssertionError("no sleep 31337 in:\n" + ps));
            assertThat(Long.parseLong(uid)).isEqualTo(map[1] + 65_534);
        }
    }
}
