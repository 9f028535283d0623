package dev.codedrill.pool;

import static dev.codedrill.pool.PoolFixtures.assertNothingLeft;
import static dev.codedrill.pool.PoolFixtures.config;
import static dev.codedrill.pool.PoolFixtures.language;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.ContainerState;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.Language;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Many borrowers hammer one language's pool for a while, with failures injected: containers killed from outside, runs
 * that make their reset fail, suspect runs, recycling. At the end no container is lost or leaked, none was ever lent
 * to two borrowers at once, no run saw another run's files, and the pool is back at its size.
 */
class ContainerPoolStressTest {

    private static final Duration HAMMER_FOR = Duration.ofSeconds(40);
    private static final int BORROWERS = 6;
    private static DockerEngine engine;

    @BeforeAll
    static void connect() {
        engine = SharedTestDaemon.engine(); // the real inner daemon, shared by the suite
        assertThat(engine.ping().version()).as("the private daemon answers").isNotBlank();
    }

    @AfterAll
    static void disconnect() {
        // the shared daemon's engine stays open for the other tests
    }

    @Test
    void manyBorrowersWithInjectedFailuresLoseNoContainerShareNoneAndLeaveThePoolAtItsSize(TestInfo test)
            throws Exception {
        Language python = language("python").withPoolSize(2)
                .withTeardown(List.of("test ! -e /work/fail-reset"));
        PoolConfig config = config(test.getDisplayName()).withExtraPerLanguage(2)
                .withRecycle(new RecyclePolicy(8, Duration.ofHours(1)));
        ContainerPool pool = new ContainerPool(engine, List.of(python), config).start();
        Map<String, String> holders = new ConcurrentHashMap<>();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger killed = new AtomicInteger();
        AtomicInteger failedResets = new AtomicInteger();
        AtomicInteger casualties = new AtomicInteger();
        long until = System.nanoTime() + HAMMER_FOR.toNanos();
        try {
            assertThat(pool.awaitSettled(Duration.ofSeconds(60))).isTrue();
            List<Thread> threads = new ArrayList<>();
            for (int b = 0; b < BORROWERS; b++) {
                String me = "borrower-" + b;
                threads.add(started(me, () -> {
                    int n = 0;
                    while (System.nanoTime() < until) {
                        String token = me + "-" + n++;
                        try {
                            borrowAndRun(pool, token, holders, problems, runs, failedResets, casualties);
                        } catch (Throwable t) {
                            problems.add(token + ": " + t);
                        }
                    }
                }));
            }
            // the killer stops a few seconds before the borrowers, so that every container it kills is met by a
            // borrower before the end: one killed in the last second would sit idle, dead, not yet noticed
            long killUntil = until - Duration.ofSeconds(6).toNanos();
            threads.add(started("killer", () -> {
                while (System.nanoTime() < killUntil) {
                    sleep(2_000);
                    // the pool may be removing the one picked: a kill that fails is not counted, and the killer goes on
                    List<ContainerState> mine = engine.list(pool.labels()).stream().filter(ContainerState::running)
                            .toList();
                    if (!mine.isEmpty()) {
                        try {
                            engine.kill(mine.get(ThreadLocalRandom.current().nextInt(mine.size())).id());
                            killed.incrementAndGet();
                        } catch (RuntimeException e) {
                            System.out.println("stress: a kill from outside failed: " + e.getMessage());
                        }
                    }
                }
            }));
            for (Thread t : threads) {
                t.join(HAMMER_FOR.toMillis() + 120_000);
                assertThat(t.isAlive()).as("%s finished", t.getName()).isFalse();
            }

            PoolStats during = pool.stats("python");
            System.out.printf("stress: %d runs, %d killed, %d failed resets, %d casualties; created %d, destroyed %d,"
                    + " average wait %d ms, max wait %d ms%n", runs.get(), killed.get(), failedResets.get(),
                    casualties.get(), during.created(), during.destroyed(), during.averageBorrowWait().toMillis(),
                    during.maxBorrowWait().toMillis());
            assertThat(problems).as("problems seen by borrowers").isEmpty();
            assertThat(runs.get()).as("runs").isGreaterThan(20);
            assertThat(killed.get()).as("containers killed from outside").isGreaterThanOrEqualTo(2);
            assertThat(failedResets.get()).as("resets made to fail").isPositive();
            assertThat(pool.awaitSettled(Duration.ofSeconds(90))).as("settled: %s", pool.stats()).isTrue();
            PoolStats stats = pool.stats("python");
            List<ContainerState> left = engine.list(pool.labels());
            assertThat(left).as("the engine holds exactly the pool's containers").hasSize(2)
                    .allMatch(ContainerState::running);
            assertThat(left).extracting(ContainerState::id).containsExactlyInAnyOrderElementsOf(pool.containerIds());
            assertThat(engine.listVolumes(pool.labels())).hasSize(2);
            assertThat(stats.created() - stats.destroyed()).as("created - destroyed: none lost, none leaked")
                    .isEqualTo(2);
        } finally {
            pool.close();
        }
        assertNothingLeft(engine, pool);
    }

    private static void borrowAndRun(ContainerPool pool, String token, Map<String, String> holders,
                                     Queue<String> problems, AtomicInteger runs, AtomicInteger failedResets,
                                     AtomicInteger casualties) {
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
            String previous = holders.putIfAbsent(lease.containerId(), token);
            if (previous != null) {
                problems.add(lease.containerId() + " lent to " + token + " while " + previous + " held it");
                return;
            }
            try {
                int dice = ThreadLocalRandom.current().nextInt(100);
                String extra = dice < 12 ? "touch /work/fail-reset; " : "";
                // all but what the pool makes after the reset: the warm runtime's fifos and files (see WarmRuntime)
                String script = "left=$(find /work /tmp /dev/shm -mindepth 1 | grep -vx -e /tmp/.codedrill-warm"
                        + " -e '/tmp/.codedrill-warm/\\(cmd\\|err\\|go\\|pid\\|ready\\|status\\)');"
                        + " test -z \"$left\" || { echo dirty: $left; exit 9; };"
                        + extra + "echo " + token + " > /work/owner; echo x > /tmp/t; sleep 0.0$((RANDOM % 9));"
                        + " (sleep 30 >/dev/null 2>&1 &); cat /work/owner";
                ExecResult result;
                try {
                    result = engine.exec(lease.containerId(), ExecRequest.of(lease.user(), Duration.ofSeconds(20),
                            "bash", "-c", script).withWorkDir(lease.workDir()));
                } catch (RuntimeException e) {
                    casualties.incrementAndGet(); // killed from outside while lent
                    lease.markSuspect(ReturnCondition.CRASHED);
                    return;
                }
                if (result.exitCode() != null && result.exitCode() == 9) {
                    problems.add(token + " saw a previous run's files: " + result.stdoutText());
                } else if (result.exitCode() == null || result.exitCode() == 137 || result.exitCode() == 126
                        || result.exitCode() == 125) {
                    casualties.incrementAndGet();
                    lease.markSuspect(ReturnCondition.of(result).suspect() ? ReturnCondition.of(result)
                            : ReturnCondition.CRASHED);
                } else if (!result.stdoutText().equals(token + "\n")) {
                    problems.add(token + " read back '" + result.stdoutText().strip() + "' (exit " + result.exitCode()
                            + ", stderr " + result.stderrText().strip() + ")");
                } else {
                    runs.incrementAndGet();
                    if (!extra.isEmpty()) {
                        failedResets.incrementAndGet();
                    } else if (dice < 20) {
                        lease.markSuspect(ReturnCondition.TIMED_OUT);
                    }
                }
            } finally {
                holders.remove(lease.containerId(), token);
            }
        }
    }

    private static Thread started(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.start();
        return thread;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
