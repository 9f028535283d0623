package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.docker.PreparedExec;
import dev.codedrill.lang.Language;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.Lease;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.pool.SandboxFactory;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.testing.SharedTestDaemon;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A compiled language's container comes with a second prepared exec, for the run: the compile's script, which ends by
 * killing every other process of the sandbox user, spares it, so the run saves starting an exec; when it could not
 * be spared, the judge drops it and the run starts an exec of its own, rather than being handed a dying one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreparedRunExecTest {

    private static final Duration BORROW = Duration.ofSeconds(60);
    private static final RunLimits LIMITS = RunLimits.of(new Problem("p", "P", Difficulty.EASY, List.of(),
            ProblemKind.FUNCTION, Signature.parse("f(n: int) -> int"), ComparatorSpec.EXACT, 2000, 256, "", List.of(),
            Path.of(".")));
    /** Says which exec runs it (its pid), what the run's prepared exec left as its pid, and the sleeps left. */
    private static final String WHO_RUNS = "echo \"$$ $(cat " + SandboxFactory.NEXT_EXEC_PID
            + " 2>/dev/null || echo none) $(ps -u 65534 -o args= | grep -c '^sleep')\"";

    private DockerEngine engine;
    private ContainerPool pool;

    @BeforeAll
    void startPool() throws InterruptedException {
        engine = SharedTestDaemon.engine();
        Language cpp = SharedTestDaemon.context().languages().find("cpp").orElseThrow().withPoolSize(1);
        pool = new ContainerPool(engine, List.of(cpp), PoolConfig.defaults()).start();
        pool.awaitSettled(BORROW);
    }

    @AfterAll
    void closePool() {
        pool.close();
    }

    @Test
    void theRunIsFedToThePreparedExecTheCompileSparedAndTheCompilersLeftoversAreGone() throws InterruptedException {
        pool.awaitSettled(BORROW);
        try (Lease lease = pool.borrow("cpp", BORROW)) {
            List<PreparedExec> taken = new ArrayList<>();
            BorrowedSandbox sandbox = new BorrowedSandbox(engine, lease.containerId(), TakenPreparedExecs.recording(lease, taken));
            // the run's exec has left its pid (a compile that came before would not spare it, as the next test shows)
            assertThat(sandbox.run(List.of("sh", "-c", "i=0; until [ -s " + SandboxFactory.NEXT_EXEC_PID
                    + " ] || [ $i -ge 100 ]; do sleep 0.05; i=$((i + 1)); done; cat " + SandboxFactory.NEXT_EXEC_PID),
                    Duration.ofSeconds(20), 4096, 4096).stdoutText()).isNotBlank();

            CompileStep.Outcome compiled = CompileStep.run(sandbox, null, "cpp",
                    List.of("sh", "-c", "sleep 300 > /dev/null 2>&1 & echo compiled"), List.of(), Map.of(), Map.of(),
                    LIMITS, stage -> { });
            assertThat(compiled.failed()).as(String.valueOf(compiled.failure())).isFalse();
            assertThat(taken).as("the compile took the first prepared exec").hasSize(1);

            ExecResult run = sandbox.script(Map.of(), WHO_RUNS, Duration.ofSeconds(20), 4096, 4096);

            assertThat(taken).as("the run took the second").hasSize(2);
            String[] who = run.stdoutText().strip().split(" ");
            assertThat(who[0]).as("the run's exec is the one that left its pid for the compile to spare")
                    .isEqualTo(who[1]);
            assertThat(who[2]).as("the compiler's background sleep was killed all the same").isEqualTo("0");
        }
    }

    @Test
    void aRunsPreparedExecTheCompileCouldNotSpareIsDroppedAndTheRunStartsAnExecOfItsOwn()
            throws InterruptedException {
        pool.awaitSettled(BORROW);
        try (Lease lease = pool.borrow("cpp", BORROW)) {
            List<PreparedExec> taken = new ArrayList<>();
            BorrowedSandbox sandbox = new BorrowedSandbox(engine, lease.containerId(), TakenPreparedExecs.recording(lease, taken));

            // without its pid the compile cannot tell the run's exec from the compiler's processes: it kills it
            CompileStep.Outcome compiled = CompileStep.run(sandbox, null, "cpp",
                    List.of("rm", "-f", SandboxFactory.NEXT_EXEC_PID), List.of(), Map.of(), Map.of(), LIMITS,
                    stage -> { });
            assertThat(compiled.failed()).as(String.valueOf(compiled.failure())).isFalse();
            int takenByTheCompile = taken.size(); // its own, and the run's when it was still taken for waiting

            ExecResult run = sandbox.script(Map.of(), WHO_RUNS, Duration.ofSeconds(20), 4096, 4096);

            assertThat(taken).as("no prepared exec was left for the run").hasSize(takenByTheCompile);
            assertThat(run.exitCode()).as(run.stderrText()).isZero();
            assertThat(run.stdoutText()).endsWith(" none 0\n");
        }
    }
}
