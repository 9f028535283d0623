package dev.codedrill.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.judge.hostile.HostileProblems;
import dev.codedrill.lang.python.PythonHarness;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.testing.JudgeFixture;
import dev.codedrill.testing.SharedTestDaemon;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The opt-in stronger runtime (config {@code "sandbox": {"runtime": "runsc"}}) in the real private daemon: the offline
 * daemon image registers gVisor, and sandboxes the pool makes with it run code, as the sandbox user, on gVisor's
 * kernel. (How far judging goes there with Debian 12's gVisor is in docs/threat-model.md: not to a verdict yet.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class GvisorRuntimeTest {

    private static final int GVISOR_LIMIT_MS = 4000;

    private JudgeFixture fixture;

    @BeforeAll
    void startPool() {
        fixture = new JudgeFixture(new PythonHarness(), PoolConfig.defaults().withRuntime("runsc"));
    }

    @AfterAll
    void closePool() {
        fixture.close();
    }

    @Test
    void codeInASandboxMadeWithRunscRunsOnGvisorsKernel() throws InterruptedException {
        assertThat(fixture.pool().awaitSettled(Duration.ofSeconds(120))).as(fixture.stats().describe()).isTrue();
        try (Lease lease = fixture.pool().borrow("python", Duration.ofSeconds(60))) {
            ExecResult result = SharedTestDaemon.engine().exec(lease.containerId(), ExecRequest.of(lease.user(),
                    Duration.ofSeconds(20), "sh", "-c", "dmesg | head -n 3; id -u; cat /proc/self/uid_map"));
            assertThat(result.stdoutText()).as(result.stderrText()).contains("gVisor").contains("65534");
        }
    }

    @Test
    void theJudgeWorksThereOnStdioAndFunctionProblems() {
        // The judge working there, not its speed: under gVisor's ptrace platform Python's start alone costs about half
        // a second of CPU, and a test of the usual 1 s limit took 1160 ms on a loaded 2-core CI machine.
        Problem stdio = HostileProblems.aPlusB(ProblemKind.STDIO, GVISOR_LIMIT_MS);
        Problem function = HostileProblems.aPlusB(ProblemKind.FUNCTION, GVISOR_LIMIT_MS);
        JudgeResult right = fixture.submit(stdio, "a, b = map(int, input().split())\nprint(a + b)\n");
        assertThat(right.verdict()).as(String.valueOf(right)).isInstanceOf(Verdict.Accepted.class);
        JudgeResult wrong = fixture.submit(stdio, "a, b = map(int, input().split())\nprint(a - b)\n");
        assertThat(wrong.verdict()).as(String.valueOf(wrong)).isInstanceOf(Verdict.WrongAnswer.class);
        JudgeResult loop = fixture.submit(stdio, "while True:\n    pass\n");
        assertThat(loop.verdict()).as(String.valueOf(loop)).isInstanceOf(Verdict.TimeLimitExceeded.class);
        JudgeResult added = fixture.submit(function,
                "class Solution:\n    def add(self, a, b):\n        return a + b\n");
        assertThat(added.verdict()).as(String.valueOf(added)).isInstanceOf(Verdict.Accepted.class);
    }
}
