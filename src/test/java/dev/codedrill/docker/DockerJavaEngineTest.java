package dev.codedrill.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.testing.TestEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The facade against the real host engine and the offline runner image. */
class DockerJavaEngineTest {

    private static final String USER = TestEngine.SANDBOX_USER;
    private static DockerEngine engine;
    private final List<String> created = new ArrayList<>();

    @BeforeAll
    static void connect() {
        engine = TestEngine.hostEngine();
        assertThat(engine.ping().version()).as("the host engine answers").isNotBlank();
    }

    @AfterAll
    static void disconnect() {
        engine.close();
    }

    @AfterEach
    void removeContainers() {
        created.forEach(engine::remove);
    }

    private String startSandbox(TestInfo test) {
        String id = engine.create(TestEngine.sandbox(test.getDisplayName()).build());
        created.add(id);
        engine.start(id);
        return id;
    }

    private static ExecRequest run(Duration timeout, String... cmd) {
        return ExecRequest.of(USER, timeout, cmd);
    }

    @Test
    void pingReportsTheEngineVersionAndThePinnedApi() {
        EngineInfo info = engine.ping();
        assertThat(info.version()).matches("\\d+\\.\\d+.*");
        assertThat(info.apiVersion()).isNotBlank();
        assertThat(info.describe()).contains(info.version()).contains(engine.endpoint());
    }

    @Test
    void aPythonProgramCopiedInAsATarRunsAndItsOutputComesBack(TestInfo test) {
        String id = startSandbox(test);
        byte[] tar = Tar.ownedBy(65534).file("hello.py", "import sys\nprint('hello', sum(range(10)))\n").toBytes();
        engine.copyTar(id, "/work", new ByteArrayInputStream(tar));

        ExecResult result = engine.exec(id, run(Duration.ofSeconds(20), "python3", "hello.py").withWorkDir("/work"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutText()).isEqualTo("hello 45\n");
        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void stdoutAndStderrStayApart(TestInfo test) {
        String id = startSandbox(test);
        ExecResult result = engine.exec(id, run(Duration.ofSeconds(20), "sh", "-c",
                "echo out-1; echo err-1 >&2; echo out-2; echo err-2 >&2; exit 3"));
        assertThat(result.stdoutText()).isEqualTo("out-1\nout-2\n");
        assertThat(result.stderrText()).isEqualTo("err-1\nerr-2\n");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    /** A prepared exec's command: its preamble, then the input it is fed (a line with a length, that much script). */
    private static final String PREAMBLE_THEN_FED =
            "%s; IFS= read -r n || exit 0; s=$(head -c \"$n\") || exit 0; exec sh -c \"$s\" sh";

    private static byte[] fed(String script) {
        byte[] bytes = script.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return (bytes.length + "\n" + script).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Prepares an exec that runs {@code preamble} first, hands it to {@code use}, closes it, and gives what use gave. */
    private static <T> T withPrepared(String id, String preamble, java.util.function.Function<PreparedExec, T> use) {
        PreparedExec exec = engine.prepareExec(id, run(Duration.ofSeconds(20), "sh", "-c",
                PREAMBLE_THEN_FED.formatted(preamble)));
        try {
            return use.apply(exec);
        } finally {
            exec.close();
        }
    }

    @Test
    void aPreparedExecAwaitsItsPreamblesLineThenItsFeedReturnsOnlyWhatCameAfter(TestInfo test) {
        ExecResult result = withPrepared(startSandbox(test), "echo tidying; echo warn >&2; sleep 0.3; echo done tidying",
                exec -> {
                    assertThat(exec.awaitLine("done tidying", Duration.ofSeconds(10))).as("the line came").isEmpty();
                    assertThat(exec.waiting()).isTrue();
                    return exec.feed(fed("echo fed; echo oops >&2"), 4096, 4096, Duration.ofSeconds(10));
                });
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutText()).isEqualTo("fed\n");
        assertThat(result.stderrText()).isEqualTo("oops\n");
    }

    @Test
    void aPreparedExecWhosePreambleFailsGivesItsResultAndCannotBeFed(TestInfo test) {
        ExecResult failed = withPrepared(startSandbox(test), "echo left behind: x >&2; exit 4", exec -> {
            ExecResult preamble = exec.awaitLine("done", Duration.ofSeconds(10)).orElseThrow();
            assertThat(exec.waiting()).isFalse();
            assertThatThrownBy(() -> exec.feed(fed("echo no"), 4096, 4096, Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalStateException.class);
            return preamble;
        });
        assertThat(failed.exitCode()).isEqualTo(4);
        assertThat(failed.stderrText()).isEqualTo("left behind: x\n");
        assertThat(failed.timedOut()).isFalse();
    }

    @Test
    void aPreparedExecWhosePreambleHangsIsKilledAtTheDeadline(TestInfo test) {
        String id = startSandbox(test);
        long start = System.nanoTime();
        ExecResult hung = withPrepared(id, "echo done-ish; sleep 60",
                exec -> exec.awaitLine("done", Duration.ofSeconds(1)).orElseThrow());
        assertThat(hung.timedOut()).isTrue();
        assertThat(hung.stdoutText()).as("a line that only begins with it is not it").isEqualTo("done-ish\n");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        ExecResult ps = engine.exec(id, run(Duration.ofSeconds(10), "sh", "-c",
                "ps -u " + USER.split(":")[0] + " -o comm= | grep -c sleep || true"));
        assertThat(ps.stdoutText().strip()).as("no sleep of the user left running").isEqualTo("0");
    }

    @Test
    void anInfiniteLoopIsStoppedAtItsDeadlineAndTheContainerStaysUsable(TestInfo test) {
        String id = startSandbox(test);
        long start = System.nanoTime();
        ExecResult looped = engine.exec(id, run(Duration.ofSeconds(2), "python3", "-c", "while True: pass"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(looped.timedOut()).isTrue();
        assertThat(took).isLessThan(Duration.ofSeconds(8));
        ExecResult ps = engine.exec(id, run(Duration.ofSeconds(10), "sh", "-c", "ps -eo comm | grep -c python3 || true"));
        assertThat(ps.stdoutText().strip()).as("no python3 left running").isEqualTo("0");
        assertThat(engine.inspect(id).running()).isTrue();
        assertThat(engine.exec(id, run(Duration.ofSeconds(10), "echo", "still here")).stdoutText())
                .isEqualTo("still here\n");
    }

    @Test
    void aHundredMegabyteFloodIsCappedAndTheCallReturnsPromptly(TestInfo test) {
        String id = startSandbox(test);
        long start = System.nanoTime();
        ExecResult flood = engine.exec(id, run(Duration.ofSeconds(60), "python3", "-c",
                "import sys\nchunk = 'x' * 1000000\nfor _ in range(100): sys.stdout.write(chunk)\n")
                .withLimits(64 * 1024, 64 * 1024));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(flood.stdoutTruncated()).isTrue();
        assertThat(flood.stdout()).hasSize(64 * 1024);
        assertThat(flood.timedOut()).isFalse();
        assertThat(took).as("stopped at the cap, not after 60 s").isLessThan(Duration.ofSeconds(15));
        assertThat(engine.exec(id, run(Duration.ofSeconds(10), "echo", "ok")).stdoutText()).isEqualTo("ok\n");
    }

    @Test
    void aStderrFloodIsCappedWhileStdoutIsKept(TestInfo test) {
        String id = startSandbox(test);
        ExecResult flood = engine.exec(id, run(Duration.ofSeconds(60), "sh", "-c",
                "echo before; yes err >&2").withLimits(1024, 4096));
        assertThat(flood.stderrTruncated()).isTrue();
        assertThat(flood.stderr()).hasSize(4096);
        assertThat(flood.stdoutText()).isEqualTo("before\n");
    }

    @Test
    void killProcessesOfStopsEveryProcessOfTheUserButNotTheContainer(TestInfo test) {
        String id = startSandbox(test);
        engine.exec(id, run(Duration.ofSeconds(10), "sh", "-c", "nohup sleep 1000 >/dev/null 2>&1 & echo started"));
        engine.killProcessesOf(id, USER);
        ExecResult bg = engine.exec(id, run(Duration.ofSeconds(10), "sh", "-c", "ps -eo args | grep -c '^sleep 1000' || true"));
        assertThat(bg.stdoutText().strip()).isEqualTo("0");
        assertThat(engine.inspect(id).running()).isTrue();
    }

    @Test
    void aMissingImageGivesAnErrorThatNamesIt() {
        String image = "codedrill/does-not-exist:never";
        assertThat(engine.imagePresent(image)).isFalse();
        assertThatThrownBy(() -> engine.create(ContainerSpec.builder(image).build()))
                .isInstanceOf(ImageMissingException.class)
                .hasMessageContaining(image);
    }

    @Test
    void containersCarryTheAppLabelAndCanBeFoundByIt(TestInfo test) {
        String id = startSandbox(test);
        List<ContainerState> mine = engine.list(Map.of(Labels.APP, Labels.APP_VALUE, "dev.codedrill.test",
                test.getDisplayName()));
        assertThat(mine).extracting(ContainerState::id).containsExactly(id);
        assertThat(engine.inspect(id).labels()).containsEntry(Labels.APP, Labels.APP_VALUE);
        engine.remove(id);
        assertThat(engine.list(Map.of("dev.codedrill.test", test.getDisplayName()))).isEmpty();
        engine.remove(id); // removing twice is fine
    }

    @Test
    void rootIsNeverAcceptedAsTheExecUser() {
        assertThatThrownBy(() -> ExecRequest.of("root", Duration.ofSeconds(1), "true"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExecRequest.of("0:0", Duration.ofSeconds(1), "true"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noStreamThreadOrConnectionIsLeftOpenAfterManyExecs(TestInfo test) throws Exception {
        String id = startSandbox(test);
        engine.exec(id, run(Duration.ofSeconds(10), "true")); // warm the connection pool
        long threadsBefore = streamThreads();
        long socketsBefore = openSockets();

        for (int i = 0; i < 5; i++) {
            engine.exec(id, run(Duration.ofSeconds(10), "echo", "x" + i));
            engine.exec(id, run(Duration.ofSeconds(1), "sleep", "30"));
            engine.exec(id, run(Duration.ofSeconds(30), "sh", "-c", "yes").withLimits(1024, 1024));
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (streamThreads() > threadsBefore && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(streamThreads()).as("docker-java stream threads").isLessThanOrEqualTo(threadsBefore);
        assertThat(openSockets()).as("open sockets after 15 execs").isLessThanOrEqualTo(socketsBefore + 2);
    }

    private static long streamThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("docker-java-stream")).count();
    }

    private static long openSockets() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false;
                }
            }).count();
        }
    }
}
