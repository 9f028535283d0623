package dev.codedrill.pool;

import static dev.codedrill.pool.PoolFixtures.assertNothingLeft;
import static dev.codedrill.pool.PoolFixtures.config;
import static dev.codedrill.pool.PoolFixtures.language;
import static dev.codedrill.pool.PoolFixtures.output;
import static dev.codedrill.pool.PoolFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.docker.ContainerState;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.docker.Labels;
import dev.codedrill.docker.PreparedExec;
import dev.codedrill.docker.Tar;
import dev.codedrill.lang.Language;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestEngine;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The pool against the real host engine and the offline runner image. */
class ContainerPoolTest {

    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static DockerEngine engine;
    private ContainerPool pool;

    @BeforeAll
    static void connect() {
        engine = SharedTestDaemon.engine(); // the real inner daemon, shared by the suite
        assertThat(engine.ping().version()).as("the private daemon answers").isNotBlank();
    }

    @AfterAll
    static void disconnect() {
        // the shared daemon's engine stays open for the other tests
    }

    @AfterEach
    void closePool() {
        if (pool != null) {
            pool.close();
            assertNothingLeft(engine, pool);
        }
    }

    private ContainerPool startPool(TestInfo test, PoolConfig config, Language... languages) throws InterruptedException {
        pool = new ContainerPool(engine, List.of(languages), config).start();
        assertThat(pool.awaitSettled(SETTLE)).as("pool filled: %s", pool.stats()).isTrue();
        return pool;
    }

    /** One container at most, so the next borrow gets the container the previous run used. */
    private ContainerPool singleContainerPool(TestInfo test, Language language) throws InterruptedException {
        return startPool(test, config(test.getDisplayName()).withExtraPerLanguage(0), language.withPoolSize(1));
    }

    /** Runs {@code first} in a container, gives it back, and borrows the same container again once it is reset. */
    private Lease reuseAfter(String first) throws InterruptedException {
        String id;
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
            id = lease.containerId();
            run(engine, lease, first);
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        Lease again = pool.borrow("python", Duration.ofSeconds(30));
        assertThat(again.containerId()).as("the same container is lent again").isEqualTo(id);
        return again;
    }

    @Test
    void startFillsEachLanguageToItsPoolSizeWithLabelledContainersAndVolumes(TestInfo test) throws Exception {
        startPool(test, config(test.getDisplayName()), language("python").withPoolSize(2), language("php").withPoolSize(1));

        assertThat(pool.stats("python").idle()).isEqualTo(2);
        assertThat(pool.stats("php").idle()).isEqualTo(1);
        List<ContainerState> containers = engine.list(pool.labels());
        assertThat(containers).hasSize(3).allSatisfy(c -> {
            assertThat(c.running()).isTrue();
            assertThat(c.labels()).containsEntry(Labels.APP, Labels.APP_VALUE).containsEntry(Labels.ROLE, "sandbox")
                    .containsEntry(Labels.SESSION, pool.sessionId()).containsKey(Labels.LANGUAGE);
        });
        assertThat(engine.listVolumes(pool.labels())).hasSize(3);
    }

    @Test
    void aPooledContainerIsLockedDownAsDesignSection5Says(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(10))) {
            assertThat(output(engine, lease, "id -u")).isEqualTo("65534\n");
            assertThat(output(engine, lease, "grep CapEff /proc/self/status")).contains("0000000000000000");
            assertThat(output(engine, lease, "ls /sys/class/net")).as("no network but loopback").isEqualTo("lo\n");
            assertThat(run(engine, lease, "touch /etc/x").exitCode()).as("read-only root").isNotZero();
            assertThat(run(engine, lease, "touch /x").exitCode()).as("read-only root").isNotZero();
            ExecResult big = run(engine, lease, "head -c 80m /dev/zero > /work/big");
            assertThat(big.exitCode()).as("the work dir is capped at 64m").isNotZero();
            assertThat(big.stderrText()).contains("No space left");
            ExecResult bigTmp = run(engine, lease, "head -c 20m /dev/zero > /tmp/big");
            assertThat(bigTmp.exitCode()).as("/tmp is capped at 16m").isNotZero();
            assertThat(output(engine, lease, "cat /sys/fs/cgroup/memory/memory.limit_in_bytes"))
                    .isEqualTo(512L * 1024 * 1024 + "\n");
            assertThat(output(engine, lease, "cat /sys/fs/cgroup/pids/pids.max")).isEqualTo("128\n");
        }
    }

    @Test
    void aProgramCopiedAsATarIntoTheWorkDirOfTheReadOnlyContainerRuns(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(10))) {
            byte[] tar = Tar.ownedBy(SandboxFactory.UID).file("solution.py", "print(6 * 7)\n").toBytes();
            engine.copyTar(lease.containerId(), lease.workDir(), new ByteArrayInputStream(tar));
            assertThat(output(engine, lease, "python3 solution.py")).isEqualTo("42\n");
        }
    }

    private static byte[] scriptThenInput(String script, String input) {
        return PreparedInput.of(script, input.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLentContainerComesWithAnExecWaitingForAScriptOnItsStdinAndAFreshOneAfterEachReset(TestInfo test)
            throws Exception {
        singleContainerPool(test, language("python"));
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(10))) {
            PreparedExec exec = lease.takePreparedExec();
            assertThat(exec).isNotNull();
            assertThat(exec.waiting()).isTrue();
            ExecResult result;
            try {
                result = exec.feed(scriptThenInput("read -r line; echo \"$line as $(id -u) in $PWD\"", "hello\n"),
                        4096, 4096, Duration.ofSeconds(20));
            } finally {
                exec.close();
            }
            assertThat(result.exitCode()).isZero();
            assertThat(result.stdoutText()).isEqualTo("hello as 65534 in /work\n");
            assertThat(lease.takePreparedExec()).as("an interpreted language's container has one").isNull();
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        try (Lease again = pool.borrow("python", Duration.ofSeconds(10))) {
            PreparedExec next = again.takePreparedExec();
            assertThat(next).as("the reset prepared another").isNotNull();
            ExecResult result;
            try {
                result = next.feed(scriptThenInput("echo started; sleep 30", ""), 4096, 4096, Duration.ofSeconds(2));
            } finally {
                next.close();
            }
            assertThat(result.timedOut()).as("a fed exec past its deadline is stopped like any exec").isTrue();
            assertThat(result.stdoutText()).isEqualTo("started\n");
        }
    }

    /**
     * The reset runs in the exec that then waits for the next submission: a submission costs the engine no exec of its
     * own for the reset (each is ~0.1 s of CPU in the private daemon), and the container is as clean as before.
     */
    @Test
    void theResetIsTheExecThatThenWaitsForTheNextSubmission(TestInfo test) throws Exception {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        DockerEngine counting = (DockerEngine) Proxy.newProxyInstance(DockerEngine.class.getClassLoader(),
                new Class<?>[] {DockerEngine.class}, (proxy, method, args) -> {
                    calls.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
                    try {
                        return method.invoke(engine, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        pool = new ContainerPool(counting, List.of(language("python").withPoolSize(1)),
                config(test.getDisplayName()).withExtraPerLanguage(0)).start();
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        String id;
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(10))) {
            id = lease.containerId();
            calls.clear();
            PreparedExec exec = lease.takePreparedExec();
            try {
                ExecResult left = exec.feed(scriptThenInput("echo x > /tmp/left; sleep 300 > /dev/null 2>&1 &", ""),
                        4096, 4096,
                        Duration.ofSeconds(10));
                assertThat(left.exitCode()).isZero();
            } finally {
                exec.close();
            }
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(calls.get("prepareExec")).as("the reset's exec, prepared").hasValue(1);
        assertThat(calls).as("no exec of its own for the reset").doesNotContainKey("exec");
        try (Lease again = pool.borrow("python", Duration.ofSeconds(10))) {
            assertThat(again.containerId()).isEqualTo(id);
            PreparedExec next = again.takePreparedExec();
            ExecResult clean;
            try {
                clean = next.feed(scriptThenInput("ls /tmp; ps -u 65534 -o comm= | grep -c sleep", ""), 4096, 4096,
                        Duration.ofSeconds(10));
            } finally {
                next.close();
            }
            assertThat(clean.stdoutText()).as("nothing left in /tmp, no process, no output of the reset")
                    .isEqualTo("0\n");
        }
    }

    @Test
    void aCompiledLanguagesContainerComesWithASecondPreparedExecThatLeavesItsPidForTheCompileToSpare(TestInfo test)
            throws Exception {
        singleContainerPool(test, language("cpp"));
        try (Lease lease = pool.borrow("cpp", Duration.ofSeconds(10))) {
            PreparedExec compile = lease.takePreparedExec();
            PreparedExec run = lease.takePreparedExec();
            try {
                assertThat(compile).isNotNull();
                assertThat(run).as("the run's").isNotNull();
                assertThat(lease.takePreparedExec()).as("no third").isNull();
                String spared = compile.feed(scriptThenInput("cat " + SandboxFactory.NEXT_EXEC_PID, ""), 4096, 4096,
                        Duration.ofSeconds(20)).stdoutText();
                assertThat(run.waiting()).isTrue();
                assertThat(run.feed(scriptThenInput("echo $$", ""), 4096, 4096, Duration.ofSeconds(20)).stdoutText())
                        .as("the pid the run's exec left is its own").isEqualTo(spared);
            } finally {
                compile.close();
                run.close();
            }
        }
    }

    /**
     * Waits (at most 5 s) until the warm runtime the pool starts in the background after a reset has started and is
     * ready.
     */
    private static final String WARM_STARTED = "i=0; until [ -s /tmp/.codedrill-warm/pid ] && ps -u 65534 -o args="
            + " | grep -q '^python3 -u -c # CodeDrill.s warm' && [ -e /tmp/.codedrill-warm/ready ] || [ $i -ge 50 ];"
            + " do sleep 0.1; i=$((i + 1)); done; ";

    @Test
    void aBackgroundProcessLeftByARunIsGoneForTheNextRunInTheSameContainer(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        try (Lease again = reuseAfter("nohup sleep 1000 >/dev/null 2>&1 & sh -c 'sleep 999' & echo started")) {
            // (no timing assertion: none of the user's processes is left to hold an exec's stdout, which is what
            // would make the next exec wait 2 s; speed is the benchmark's business)
            assertThat(output(engine, again, "ps -u 65534 -o args= | grep -c '^sleep' || true"))
                    .as("no sleep of the sandbox user survives").isEqualTo("0\n");
            assertThat(output(engine, again, "ps -u 0 -o args= | grep -c '^sleep infinity'"))
                    .as("root's keep-alive is still there").isEqualTo("1\n");
            // the pool's prepared exec (which starts the warm runtime first) and the head reading its script, and the
            // runtime's wrapper and interpreter
            assertThat(output(engine, again, WARM_STARTED + "ps -u 65534 -o args= | grep -v -e '^sh -c s=.(head -c'"
                    + " -e '^head -c " + PreparedInput.BLOCK + "$'"
                    + " -e '^sh -c # Starts a language' -e '^sh -c # CodeDrill.s reset, then a prepared exec'"
                    + " -e '^sh -c w=\\$1' -e '^python3 -u -c # CodeDrill' | wc -l")
                    .strip())
                    .as("the sandbox user's processes besides the pool's prepared exec and warm runtime: this shell,"
                            + " ps, grep and wc")
                    .isEqualTo("4");
            assertThat(output(engine, again, "ps -u 65534 -o args= | grep -c '^python3 -u -c # CodeDrill.s warm'"))
                    .as("one warm runtime, started after the reset").isEqualTo("1\n");
        }
    }

    @Test
    void aFileLeftInTheWorkDirIsGoneForTheNextRunInTheSameContainer(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        try (Lease again = reuseAfter("echo secret > /work/answer.txt; mkdir -p /work/d/e && echo x > /work/d/e/f;"
                + " echo h > /work/.hidden; chmod 000 /work/d")) {
            assertThat(output(engine, again, "ls -A /work")).isEmpty();
        }
    }

    @Test
    void aFileLeftInTmpIsGoneForTheNextRunInTheSameContainer(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        try (Lease again = reuseAfter("echo secret > /tmp/answer.txt; mkdir /tmp/dir; echo y > /tmp/dir/.z;"
                + " mkdir -p /tmp/.codedrill-warm; echo planted > /tmp/.codedrill-warm/planted")) {
            // only what the pool made after the reset: the warm runtime's fifos and files
            assertThat(output(engine, again, WARM_STARTED + "ls -A /tmp")).isEqualTo(".codedrill-warm\n");
            assertThat(output(engine, again, "ls -A /tmp/.codedrill-warm | tr '\\n' ' '"))
                    .isEqualTo("cmd err go pid ready status ");
        }
    }

    @Test
    void aFileLeftInDevShmIsGoneForTheNextRunInTheSameContainer(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        try (Lease again = reuseAfter("echo secret > /dev/shm/answer.txt; python3 -c \"from multiprocessing import"
                + " shared_memory as s; m = s.SharedMemory(name='leak', create=True, size=4096); m.close()\"")) {
            assertThat(output(engine, again, "ls -A /dev/shm")).isEmpty();
        }
    }

    @Test
    void aSystemVSharedMemorySegmentLeftByARunIsGoneForTheNextRunInTheSameContainer(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        try (Lease again = reuseAfter("ipcmk -M 4096 && ipcmk -Q && ipcmk -S 2")) {
            assertThat(output(engine, again, "cat /proc/sysvipc/shm /proc/sysvipc/msg /proc/sysvipc/sem | grep -vc '^ *key'"
                    + " || true")).isEqualTo("0\n");
        }
    }

    @Test
    void aChangedEnvironmentIsInvisibleToTheNextRunInTheSameContainer(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        String envScript = "env | grep -v -e '^PWD=' -e '^SHLVL=' -e '^_=' | sort";
        String before;
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(10))) {
            before = output(engine, lease, envScript);
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        try (Lease again = reuseAfter("export LEAK=1; echo 'export LEAK=1' >> $HOME/.profile;"
                + " echo 'export LEAK=1' >> $HOME/.bashrc; echo LEAK=1 >> /etc/environment 2>/dev/null; true")) {
            assertThat(output(engine, again, envScript)).isEqualTo(before).doesNotContain("LEAK");
            assertThat(output(engine, again, "bash -lc 'echo leak=${LEAK:-none}'")).isEqualTo("leak=none\n");
        }
    }

    @Test
    void aFileARunAddsToTheCacheIsGoneButWhatInitTasksPrimedStays(TestInfo test) throws Exception {
        Language primed = language("python").withInit(List.of("echo primed > /cache/primed.txt"));
        singleContainerPool(test, primed);
        try (Lease again = reuseAfter("cat /cache/primed.txt > /work/seen; echo junk > /cache/junk; mkdir /cache/d")) {
            assertThat(output(engine, again, "ls -A /cache")).isEqualTo(".primed\nprimed.txt\n");
            assertThat(output(engine, again, "cat /cache/primed.txt")).isEqualTo("primed\n");
        }
    }

    @Test
    void goInitTasksPrimeTheBuildCacheAtCreation(TestInfo test) throws Exception {
        Language go = language("go");
        assertThat(go.init()).as("languages.json gives Go an init task").isNotEmpty();
        singleContainerPool(test, go);
        try (Lease lease = pool.borrow("go", Duration.ofSeconds(10))) {
            assertThat(output(engine, lease, "find /cache/go-build -type f | wc -l").strip()).isNotEqualTo("0");
            // nothing but the pid of the run's prepared exec (SandboxFactory.prepareNext)
            assertThat(output(engine, lease, "find /work /tmp -mindepth 1 ! -path " + SandboxFactory.NEXT_EXEC_PID))
                    .isEmpty();
        }
    }

    @Test
    void aContainerStoppedFromOutsideIsDroppedOnBorrowAndAWorkingOneLent(TestInfo test) throws Exception {
        startPool(test, config(test.getDisplayName()), language("python").withPoolSize(2));
        Set<String> killed = engine.list(pool.labels()).stream().map(ContainerState::id).collect(Collectors.toSet());
        killed.forEach(engine::kill);

        try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
            assertThat(killed).doesNotContain(lease.containerId());
            assertThat(output(engine, lease, "echo alive")).isEqualTo("alive\n");
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(pool.stats("python").destroyed()).isEqualTo(2);
        assertThat(engine.list(pool.labels())).hasSize(2).noneMatch(c -> killed.contains(c.id()));
    }

    @Test
    void aContainerIsRecycledAfterItsMaximumNumberOfUses(TestInfo test) throws Exception {
        PoolConfig config = config(test.getDisplayName()).withExtraPerLanguage(0)
                .withRecycle(new RecyclePolicy(3, Duration.ofHours(1)));
        startPool(test, config, language("python").withPoolSize(1));
        String first = null;
        for (int use = 1; use <= 3; use++) {
            try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
                first = first == null ? lease.containerId() : first;
                assertThat(lease.containerId()).as("use %d", use).isEqualTo(first);
            }
        }
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
            assertThat(lease.containerId()).as("a fresh container after 3 uses").isNotEqualTo(first);
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(pool.stats("python").created()).isEqualTo(2);
        assertThat(engine.list(pool.labels())).hasSize(1);
    }

    @Test
    void aSuspectRunDestroysItsContainerAndAReplacementIsCreated(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        String suspect;
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(10))) {
            suspect = lease.containerId();
            lease.markSuspect(ReturnCondition.TIMED_OUT);
            lease.markSuspect(ReturnCondition.CLEAN);
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(engine.list(pool.labels())).extracting(ContainerState::id).hasSize(1).doesNotContain(suspect);
        assertThat(pool.stats("python").destroyed()).isEqualTo(1);
    }

    @Test
    void aFailingTeardownTaskFailsTheResetSoTheContainerIsDestroyed(TestInfo test) throws Exception {
        Language strict = language("python").withTeardown(List.of("test ! -e /work/fail-reset"));
        singleContainerPool(test, strict);
        String first;
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(10))) {
            first = lease.containerId();
            run(engine, lease, "echo clean run");
        }
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
            assertThat(lease.containerId()).as("a passing teardown keeps the container").isEqualTo(first);
            run(engine, lease, "touch /work/fail-reset");
        }
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
            assertThat(lease.containerId()).isNotEqualTo(first);
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(engine.list(pool.labels())).hasSize(1);
    }

    @Test
    void aMemoryLimitRaisedForACompileIsPutBackByTheReset(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        String limit = "cat /sys/fs/cgroup/memory/memory.limit_in_bytes";
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(10))) {
            lease.setMemoryLimit(1024L * 1024 * 1024);
            assertThat(output(engine, lease, limit)).isEqualTo(1024L * 1024 * 1024 + "\n");
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(10))) {
            assertThat(output(engine, lease, limit)).isEqualTo(512L * 1024 * 1024 + "\n");
        }
    }

    @Test
    void aBorrowThatTimesOutSaysHowThePoolStands(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        try (Lease held = pool.borrow("python", Duration.ofSeconds(10))) {
            assertThatThrownBy(() -> pool.borrow("python", Duration.ofMillis(300)))
                    .isInstanceOf(BorrowTimeoutException.class)
                    .hasMessageContaining("No python container became free within")
                    .hasMessageContaining("idle 0, busy 1, creating 0, resetting 0, waiting 1 (size 1, max 1)");
        }
    }

    @Test
    void theSeedApiGetAndPushBackLendAndReturnContainers(TestInfo test) throws Exception {
        singleContainerPool(test, language("python"));
        String id = pool.get("python");
        assertThat(pool.stats("python").busy()).isEqualTo(1);
        assertThatThrownBy(() -> pool.pushBack("php", id)).isInstanceOf(IllegalArgumentException.class);
        pool.pushBack("python", id);
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(pool.get("python")).isEqualTo(id);
        pool.pushBack("python", id);
    }

    @Test
    void closeRemovesEveryContainerAndVolumeEvenLentOnesAndIsSafeToCallTwice(TestInfo test) throws Exception {
        startPool(test, config(test.getDisplayName()), language("python").withPoolSize(2));
        Lease lent = pool.borrow("python", Duration.ofSeconds(10));
        assertThat(engine.list(pool.labels())).hasSize(2);

        Thread hook = new Thread(pool::close);
        hook.start();
        pool.close();
        hook.join(60_000);

        assertNothingLeft(engine, pool);
        assertThatThrownBy(() -> pool.borrow("python", Duration.ofSeconds(1))).isInstanceOf(PoolClosedException.class);
        lent.close(); // giving back after shutdown is harmless
        assertNothingLeft(engine, pool);
    }
}
