package dev.codedrill.judge.python;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.lang.python.PythonHarness;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.testing.JudgeFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and broken code through the production path (warm pool, private daemon): each ends in the right
 * verdict in bounded time (a hang fails the test by its timeout), and the next submission in the same pool is
 * judged as if nothing had happened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HostilePythonCodeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private JudgeFixture fixture;

    @BeforeAll
    void start() {
        fixture = new JudgeFixture(new PythonHarness());
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    /** After each hostile run the pool recovers and a correct solution is accepted. */
    @AfterEach
    void theNextSubmissionIsUnaffected() throws Exception {
        assertThat(fixture.settle()).as("pool settled: %s", fixture.stats()).isTrue();
        JudgeResult next = fixture.submit(plusOne(), CORRECT);
        assertThat(next.verdict()).as(String.valueOf(next)).isInstanceOf(Verdict.Accepted.class);
    }

    private static final String CORRECT = "class Solution:\n    def solve(self, n):\n        return n + 1\n";

    private static Problem plusOne() {
        List<TestCase> tests = List.of(test(0, 1, 2), test(1, 2, 3), test(2, 3, 4));
        return new Problem("plus-one", "Plus one", Difficulty.EASY, List.of(), ProblemKind.FUNCTION,
                Signature.parse("solve(n: int) -> int"), ComparatorSpec.EXACT, 1000, 256, "", tests, Path.of("."));
    }

    private static TestCase test(int i, int n, int expected) {
        return new TestCase(i, "n=" + n, JSON.createObjectNode().put("n", n), JSON.getNodeFactory().numberNode(expected),
                i == 0);
    }

    private JudgeResult solve(String body) {
        return fixture.submit(plusOne(), "import os, sys, time, signal, socket, subprocess\n\nclass Solution:\n"
                + "    def solve(self, n):\n" + body.indent(8));
    }

    private static Verdict.RuntimeError runtimeError(JudgeResult result) {
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.RuntimeError.class);
        return (Verdict.RuntimeError) result.verdict();
    }

    @Test
    void sleepingIsATimeLimit() {
        assertThat(solve("time.sleep(1000)").verdict()).isInstanceOf(Verdict.TimeLimitExceeded.class);
    }

    @Test
    void aProcessThatStopsItselfEndsInBoundedTime() {
        // Measured: the container runtime sometimes resumes an exec'd process that stopped itself (then it answers
        // correctly, in time); otherwise it stays stopped and the deadline kills it. Either way the run ends.
        assertThat(solve("os.kill(os.getpid(), signal.SIGSTOP)\nreturn n + 1").verdict())
                .isInstanceOfAny(Verdict.TimeLimitExceeded.class, Verdict.Accepted.class);
    }

    @Test
    void aForkBombIsStoppedByThePidsLimit() {
        JudgeResult result = solve("while True:\n    try:\n        os.fork()\n    except OSError:\n        pass");
        assertThat(result.verdict().accepted()).isFalse();
        assertThat(result.verdict()).isInstanceOfAny(Verdict.TimeLimitExceeded.class, Verdict.RuntimeError.class);
    }

    @Test
    void aStdoutFloodIsAnOutputLimit() {
        assertThat(solve("while True:\n    print('x' * 10000)").verdict()).isInstanceOf(Verdict.OutputLimitExceeded.class);
    }

    @Test
    void aStderrFloodIsAnOutputLimit() {
        assertThat(solve("while True:\n    sys.stderr.write('x' * 10000)").verdict())
                .isInstanceOf(Verdict.OutputLimitExceeded.class);
    }

    @Test
    void fillingTheWorkDirStopsAtItsCapWithARuntimeError() {
        String fill = "with open('/work/fill', 'wb') as f:\n    while True:\n        f.write(b'x' * 1048576)";
        assertThat(runtimeError(solve(fill)).error()).contains("No space left on device");
    }

    @Test
    void fillingTmpStopsAtItsCapWithARuntimeError() {
        String fill = "with open('/tmp/fill', 'wb') as f:\n    while True:\n        f.write(b'x' * 1048576)";
        assertThat(runtimeError(solve(fill)).error()).contains("No space left on device");
    }

    @Test
    void theOnlyNetworkIsLoopbackAndNothingListensThere() {
        // Never addresses anything outside: only the interfaces are listed and loopback is tried.
        String probe = "assert sorted(os.listdir('/sys/class/net')) == ['lo'], os.listdir('/sys/class/net')\n"
                + "try:\n    socket.create_connection(('127.0.0.1', 80), timeout=1)\n    return -1\n"
                + "except OSError:\n    return n + 1";
        assertThat(solve(probe).verdict()).isInstanceOf(Verdict.Accepted.class);
    }

    @Test
    void theHostsFilesAndEnvironmentAreNotThere() {
        String probe = "env = dict(os.environ)\n"
                + "assert not any(k in env for k in ('JAVA_HOME', 'MAVEN_HOME', 'DOCKER_HOST', 'SSH_AUTH_SOCK', 'USER')), env\n"
                + "assert os.getuid() == 65534\n"
                + "assert not os.path.exists('/var/run/docker.sock')\n"
                + "assert not os.access('/root', os.R_OK)\n"
                + "return n + 1";
        assertThat(solve(probe).verdict()).as("the sandbox shows nothing of the host").isInstanceOf(Verdict.Accepted.class);
    }

    @Test
    void aProcessLeftRunningInTheBackgroundIsGoneForTheNextRun() {
        assertThat(solve("subprocess.Popen(['sleep', '1000'])\nreturn n + 1").verdict()).isInstanceOf(Verdict.Accepted.class);
        // the @AfterEach submission runs in the same container after the reset; here, ask it directly too
        String probe = "out = subprocess.run(['ps', '-eo', 'args'], capture_output=True, text=True).stdout\n"
                + "assert 'sleep 1000' not in out, out\nreturn n + 1";
        assertThat(solve(probe).verdict()).isInstanceOf(Verdict.Accepted.class);
    }

    @Test
    void killingItsOwnParentEndsInARuntimeError() {
        JudgeResult result = solve("os.kill(os.getppid() or os.getpid(), signal.SIGKILL)\nreturn n + 1");
        // As in the contract of every language (HostileContract): the kill lands and the judge names the signal, or
        // the kernel refuses it (a parent that is not the sandbox user's, seen once in CI under user-namespace
        // remapping) and the learner reads the refusal. Either way a runtime error, never a passed run.
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOfSatisfying(Verdict.RuntimeError.class,
                e -> assertThat(e.error()).containsAnyOf("SIGKILL", "Operation not permitted"));
    }

    /**
     * Writes a report of the judge's shape that says every test passed, to its own stdout and to the stdout of every
     * ancestor it can reach (as the sandbox user it can open /proc/PID/fd/1 of its parents), then goes on as BODY.
     */
    private static String forging(String then) {
        return """
                fake = '\\n@@0123456789abcdef0123456789abcdef results\\n'
                for i, v in enumerate((2, 3, 4)):
                    fake += '{"i": %d, "status": "ok", "value": %d, "ms": 1, "stdout": "", "flooded": false}\\n' % (i, v)
                fake += '\\n@@0123456789abcdef0123456789abcdef end exit=0 cs=1 limit_cs=900 oom=0:0\\n'
                pids, pid = [], os.getppid()
                while pid > 1:
                    pids.append(pid)
                    pid = int(open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()[1])
                for p in pids:
                    try:
                        with open('/proc/%d/fd/1' % p, 'w') as out:
                            out.write(fake)
                    except OSError:
                        pass
                os.write(1, fake.encode())
                """ + then;
    }

    @Test
    void printsShapedLikeTheJudgesReportCountForNothing() {
        JudgeResult result = solve(forging("return -1"));
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.WrongAnswer.class);
        assertThat(result.tests().get(0).actual()).isEqualTo("-1");
    }

    @Test
    void aForgedReportFollowedByKillingTheJudgesScriptIsNotBelieved() {
        // with its ancestors gone, the last thing on the exec's stdout is the forgery: it must not be taken
        JudgeResult result = solve(forging("""
                for p in pids:
                    try:
                        os.kill(p, signal.SIGKILL)
                    except OSError:
                        pass
                return -1"""));
        assertThat(result.verdict().accepted()).as(String.valueOf(result)).isFalse();
    }

    @Test
    void aOneMegabyteSourceIsRefusedWithTheLimit() {
        String huge = CORRECT + "# " + "x".repeat(1024 * 1024) + "\n";
        assertThat(fixture.submit(plusOne(), huge).verdict()).isInstanceOfSatisfying(Verdict.CompilationError.class,
                e -> assertThat(e.compilerOutput()).contains("1024 KB").contains("limit is 256 KB"));
    }

    @Test
    void aReplacementCharacterInAnIdentifierIsACompilationError() {
        // U+FFFD is text like any other (files that are not UTF-8 are refused before this, never decoded into it),
        // and no Python identifier allows it
        assertThat(fixture.submit(plusOne(), CORRECT.replace("return", "ret\uFFFDurn")).verdict())
                .isInstanceOf(Verdict.CompilationError.class);
    }

    @Test
    void anEmptySourceIsRefusedClearly() {
        assertThat(fixture.submit(plusOne(), "  \n").verdict()).isInstanceOfSatisfying(Verdict.CompilationError.class,
                e -> assertThat(e.compilerOutput()).contains("The source is empty"));
    }

    @Test
    void aStdioProgramKillingItsDriverEndsInBoundedTime() {
        Problem echo = new Problem("echo", "Echo", Difficulty.EASY, List.of(), ProblemKind.STDIO, null,
                ComparatorSpec.TOKENS, 1000, 256, "",
                List.of(new TestCase(0, "one", new TextNode("1\n"), new TextNode("1\n"), true),
                        new TestCase(1, "two", new TextNode("2\n"), new TextNode("2\n"), false)), Path.of("."));
        JudgeResult result = fixture.submit(echo, "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\n");
        assertThat(result.verdict().accepted()).isFalse();
    }
}
