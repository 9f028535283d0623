package dev.codedrill.pool;

import static dev.codedrill.pool.PoolFixtures.assertNothingLeft;
import static dev.codedrill.pool.PoolFixtures.config;
import static dev.codedrill.pool.PoolFixtures.language;
import static dev.codedrill.pool.PoolFixtures.output;
import static dev.codedrill.pool.PoolFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.Language;
import dev.codedrill.testing.SharedTestDaemon;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * What a hostile run leaves where the reset used to miss it: files in the primed cache that pretend to be older than
 * the priming, a cache marker moved forward, primed files renamed into new directories, POSIX message queues. Each
 * test runs in a pool of one container, so the next borrow gets the container the run used once it is reset.
 */
class SandboxResetLeaksTest {

    private static final Duration SETTLE = Duration.ofSeconds(60);
    /** The cache as the init tasks leave it: their file and the pool's marker. */
    private static final String PRIMED_CACHE = ".primed\nprimed.txt\n";
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

    private void startPool(TestInfo test, Language language) throws InterruptedException {
        pool = new ContainerPool(engine, List.of(language.withPoolSize(1)),
                config(test.getDisplayName()).withExtraPerLanguage(0)).start();
        assertThat(pool.awaitSettled(SETTLE)).as("pool filled: %s", pool.stats()).isTrue();
    }

    private static Language primedPython() {
        return language("python").withInit(List.of("echo primed > /cache/primed.txt"));
    }

    /** Runs {@code first} in the pool's container, gives it back and borrows the same container once it is reset. */
    private Lease reuseAfter(String language, String first) throws InterruptedException {
        String id;
        try (Lease lease = pool.borrow(language, Duration.ofSeconds(30))) {
            id = lease.containerId();
            ExecResult result = run(engine, lease, first);
            assertThat(result.exitCode()).as("the run (stderr: %s)", result.stderrText()).isZero();
        }
        assertThat(pool.awaitSettled(SETTLE)).as("reset: %s", pool.stats()).isTrue();
        Lease again = pool.borrow(language, Duration.ofSeconds(30));
        assertThat(again.containerId()).as("the reset kept the container").isEqualTo(id);
        return again;
    }

    @Test
    void aFileARunBackDatesInThePrimedCacheIsGoneForTheNextRun(TestInfo test) throws Exception {
        startPool(test, primedPython());
        try (Lease again = reuseAfter("python", "echo secret > /cache/old; mkdir /cache/d; echo secret > /cache/d/f;"
                + " touch -d 2000-01-01 /cache/old /cache/d/f /cache/d")) {
            assertThat(output(engine, again, "ls -A /cache")).isEqualTo(PRIMED_CACHE);
        }
    }

    @Test
    void aPrimedFileARunRewritesAndBackDatesIsGoneForTheNextRun(TestInfo test) throws Exception {
        startPool(test, primedPython());
        try (Lease again = reuseAfter("python", "echo secret > /cache/primed.txt;"
                + " touch -r /cache/.primed /cache/primed.txt; touch -d 2000-01-01 /cache/primed.txt")) {
            assertThat(output(engine, again, "cat /cache/* 2>/dev/null; ls -A /cache")).isEqualTo(".primed\n")
                    .doesNotContain("secret");
        }
    }

    @Test
    void aRunCannotMoveTheCacheMarkerSoWhatItWroteAfterwardsIsGoneForTheNextRun(TestInfo test) throws Exception {
        startPool(test, primedPython());
        String marker = SandboxScripts.PRIMED_MARKER;
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
            for (String attack : List.of("touch -d 2099-01-01 " + marker, "touch " + marker, "chmod 777 " + marker,
                    "mv " + marker + " /cache/moved", "rm -rf " + marker, "touch " + marker + "/x")) {
                assertThat(run(engine, lease, attack).exitCode()).as("%s is refused", attack).isNotZero();
            }
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        try (Lease again = reuseAfter("python", "echo secret > /cache/after; touch -d 2099-01-01 " + marker
                + " 2>/dev/null; touch -d 2000-01-01 /cache/after")) {
            assertThat(output(engine, again, "ls -A /cache")).isEqualTo(PRIMED_CACHE);
            assertThat(output(engine, again, "stat -c '%u %a %F' " + marker))
                    .as("the keeper's, not the sandbox user's, and read-only")
                    .isEqualTo(SandboxFactory.KEEPER_UID + " 555 directory\n");
        }
    }

    @Test
    void primedFilesARunMovesIntoADirectoryItNamesAreGoneWithThatDirectoryForTheNextRun(TestInfo test)
            throws Exception {
        startPool(test, language("python").withInit(List.of("mkdir -p /cache/primed/sub && echo p > /cache/primed/sub/f",
                "echo primed > /cache/primed.txt")));
        String before;
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
            before = output(engine, lease, "cd /cache && find . | sort");
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        try (Lease again = reuseAfter("python", "mkdir /cache/the-answer-is-42 && mv /cache/primed/sub /cache/the-answer-is-42/;"
                + " touch -d 2000-01-01 /cache/the-answer-is-42")) {
            String after = output(engine, again, "cd /cache && find . | sort");
            assertThat(after).doesNotContain("the-answer-is-42");
            assertThat(before.lines().toList()).containsAll(after.lines().toList());
        }
    }

    @Test
    void aGoRunsResetKeepsEveryFileTheInitTasksPrimedInTheBuildCache(TestInfo test) throws Exception {
        startPool(test, language("go"));
        String listing = "find /cache/go-build -printf '%i %p %s\\n' | sort";
        String before;
        try (Lease lease = pool.borrow("go", Duration.ofSeconds(30))) {
            before = output(engine, lease, listing);
        }
        assertThat(before.lines().count()).as("a primed cache").isGreaterThan(300);
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        try (Lease again = reuseAfter("go", "printf 'package main\\nimport \"fmt\"\\nfunc main() { fmt.Println(7) }\\n'"
                + " > m.go && go build -o m m.go && ./m")) {
            assertThat(output(engine, again, listing)).as("the primed entries, and not the run's").isEqualTo(before);
        }
    }

    @Test
    void aPosixMessageQueueLeftByARunIsGoneForTheNextRunInTheSameContainer(TestInfo test) throws Exception {
        startPool(test, language("python"));
        String makeQueues = "python3 -c \"import ctypes, os\n"
                + "libc = ctypes.CDLL(None, use_errno=True)\n"
                + "q = libc.mq_open(b'/leak', os.O_CREAT | os.O_RDWR, 0o600, None)\n"
                + "assert q >= 0, os.strerror(ctypes.get_errno())\n"
                + "assert libc.mq_send(q, b'secret', 6, 0) == 0, os.strerror(ctypes.get_errno())\"\n"
                + "touch /dev/mqueue/another && grep -q 'QSIZE:6' /dev/mqueue/leak";
        try (Lease again = reuseAfter("python", makeQueues)) {
            assertThat(output(engine, again, "ls -A /dev/mqueue")).isEmpty();
            ExecResult open = run(engine, again, "python3 -c \"import ctypes, os\n"
                    + "libc = ctypes.CDLL(None, use_errno=True)\n"
                    + "print(libc.mq_open(b'/leak', os.O_RDONLY), os.strerror(ctypes.get_errno()))\"");
            assertThat(open.stdoutText()).as("the queue cannot be opened").startsWith("-1 No such file");
        }
    }
}
