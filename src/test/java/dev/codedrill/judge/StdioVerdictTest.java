package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.TestCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a stdio test's ending, as run_stdio.sh records it, becomes its verdict. */
class StdioVerdictTest {

    private static final TestCase TEST = new TestCase(0, "one", new TextNode("1 2\n"), new TextNode("3\n"), true);
    private static final RunLimits LIMITS = RunLimits.of(new Problem("p", "P", Difficulty.EASY, List.of(),
            ProblemKind.STDIO, null, ComparatorSpec.TOKENS, 1000, 256, "", List.of(TEST), Path.of(".")));
    private static final OutputComparator TOKENS = new OutputComparator(ComparatorSpec.TOKENS);
    private static final long WALL = StdioJudge.wallLimitMs(LIMITS);
    private static final String MD5_OF_3 = "6d7fce9fee471194aa8b5b6e47267f03";

    private static Verdict verdict(int exit, long cpuMs, long wallMs, String out, long errBytes, String err,
                                   Boolean oom) {
        StdioJudge.Ran ran = new StdioJudge.Ran(exit, cpuMs, wallMs, out.length(), errBytes, out, err, oom, false);
        return StdioJudge.judged(TEST, ran, TOKENS, LIMITS, WALL).verdict();
    }

    @Test
    void aSigkillWithoutEvidenceOfMemoryIsARuntimeErrorNamingTheSignal() {
        assertThat(verdict(137, 40, 60, "3\n", 0, "", false)).isInstanceOfSatisfying(Verdict.RuntimeError.class,
                e -> assertThat(e.error()).contains("SIGKILL").contains("not for memory"));
        assertThat(verdict(137, 40, 60, "", 0, "", null)).isInstanceOf(Verdict.RuntimeError.class);
    }

    @Test
    void aSigkillCountedByTheOomKillerIsAMemoryLimit() {
        assertThat(verdict(137, 300, 400, "", 0, "", true)).isInstanceOf(Verdict.MemoryLimitExceeded.class);
    }

    @Test
    void theOomKillerWinsOverTheCpuTheWayToTheLimitTook() {
        assertThat(verdict(137, 1500, 1700, "", 0, "", true)).isInstanceOf(Verdict.MemoryLimitExceeded.class);
    }

    @Test
    void aRuntimesOutOfMemoryErrorWinsOverTheCpuItsCollectorSpent() {
        assertThat(verdict(1, 1030, 1400, "", 60, "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap"
                + " space\n", false)).isInstanceOf(Verdict.MemoryLimitExceeded.class);
    }

    @Test
    void aRuntimesOwnOutOfMemoryMessageIsAMemoryLimit() {
        assertThat(verdict(1, 300, 400, "", 40, "MemoryError\n", false))
                .isInstanceOf(Verdict.MemoryLimitExceeded.class);
    }

    @Test
    void theWallClockCutOffIsATimeLimitWhateverItsSignal() {
        assertThat(verdict(124, 900, WALL, "", 0, "", false)).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(verdict(137, 900, WALL + 1000, "", 0, "", false)).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(verdict(0, 1200, 1300, "3\n", 0, "", false)).isInstanceOf(Verdict.TimeLimitExceeded.class);
    }

    @Test
    void aTestCutOffWhileThrashingAtTheMemoryLimitIsAMemoryLimit() {
        StdioJudge.Ran ran = new StdioJudge.Ran(124, 600, WALL, 0, 0, "", "", false, true);
        assertThat(StdioJudge.judged(TEST, ran, TOKENS, LIMITS, WALL).verdict())
                .isInstanceOf(Verdict.MemoryLimitExceeded.class);
    }

    @Test
    void aStderrFloodIsAnOutputLimitNotARuntimeError() {
        assertThat(verdict(120, 100, 200, "", StdioJudge.ERR_LIMIT + 1, "eeee", false))
                .isInstanceOf(Verdict.OutputLimitExceeded.class);
    }

    @Test
    void aCorrectOutputWithACleanExitIsAccepted() {
        assertThat(verdict(0, 30, 50, "3\n", 0, "", false)).isInstanceOf(Verdict.Accepted.class);
    }

    @Test
    void resultLinesThatAreNotTheDriversCountForNothingInsteadOfFailingTheRun() {
        byte[] report = ("0 0 50 30 0 0 3 3 -\n1  50 30 0 0 3 3 -\n2 x y z w v u t -\n3 0 50 30 0 0 3 3\n@@@ END\n@@@ 0 2 0\n3\n@@@ 1 2 0\n4\n")
                .getBytes(StandardCharsets.UTF_8);
        Map<Integer, StdioJudge.Ran> ran = StdioJudge.parse(report, 1024);
        assertThat(ran).containsOnlyKeys(0);
        assertThat(ran.get(0).out()).isEqualTo("3\n");
        assertThat(ran.get(0).oomKilled()).isFalse();
        assertThat(StdioJudge.parse("@@@ END\n@@@ x 1 1\n".getBytes(StandardCharsets.UTF_8), 1024)).isEmpty();
    }

    @Test
    void anOutputThatNoLongerMatchesTheDigestTakenWhenItsTestEndedIsARuntimeErrorSayingSo() {
        // the driver took the MD5 of "3\n" for both tests; the second's output is sent as "4\n"
        byte[] report = ("0 0 50 30 0 0 3 3 " + MD5_OF_3 + "\n1 0 50 30 0 0 3 3 " + MD5_OF_3 + "\n@@@ END\n"
                + "@@@ 0 2 0\n3\n@@@ 1 2 0\n4\n").getBytes(StandardCharsets.UTF_8);
        Map<Integer, StdioJudge.Ran> ran = StdioJudge.parse(report, 1024);
        assertThat(ran.get(0).outChanged()).isFalse();
        assertThat(ran.get(1).outChanged()).isTrue();
        TestResult judged = StdioJudge.judged(TEST, ran.get(1), TOKENS, LIMITS, WALL);
        assertThat(judged.verdict()).isInstanceOfSatisfying(Verdict.RuntimeError.class,
                e -> assertThat(e.error()).contains("changed after the test ended"));
    }

    @Test
    void anUnreadableOomCounterIsNoEvidenceEitherWay() {
        byte[] report = "0 137 50 30 - - - - -\n@@@ END\n@@@ 0 0 0\n".getBytes(StandardCharsets.UTF_8);
        assertThat(StdioJudge.parse(report, 1024).get(0).oomKilled()).isNull();
    }
}
