package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.testing.JudgeFixture;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.TestCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every language's stdio run must do, against a real sandbox container, on A + B (two integers that fit in
 * 64 bits on one line; print their sum). A language's test extends this with programs in that language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StdioContract {


    protected abstract HarnessGenerator generator();

    /** Reads a and b, prints a + b. */
    protected abstract String aPlusB();

    /** Prints a - b. */
    protected abstract String aMinusB();

    /** Prints a / (b - 2) with integer division: crashes on the first test (b = 2). */
    protected abstract String crashingWhenBIsTwo();

    /** What the runtime error must mention. */
    protected abstract String runtimeErrorFragment();

    /** Loops for ever when b = 5, else prints a + b. */
    protected abstract String loopingWhenBIsFive();

    /** Writes "x" to stdout for ever. */
    protected abstract String flooding();

    /** Does not compile (or, interpreted, has a syntax error) on line 1. */
    protected abstract String notCompiling();

    /** What the compilation error must mention. */
    protected abstract String compileErrorFragment();

    private JudgeFixture fixture;

    /** The production path: a warm pool of the language in the real private daemon, lent through the judge. */
    @BeforeAll
    void startPool() {
        fixture = new JudgeFixture(generator());
    }

    @AfterAll
    void closePool() {
        fixture.close();
    }

    private JudgeResult submit(Problem problem, String source) {
        return fixture.submit(problem, source);
    }

    private static TestCase test(int i, String input, String expected) {
        return new TestCase(i, "test " + (i + 1), new TextNode(input), new TextNode(expected), i == 0);
    }

    private static Problem problem() {
        return new Problem("a-plus-b", "A + B", Difficulty.EASY, List.of("math"), ProblemKind.STDIO, null,
                ComparatorSpec.TOKENS, 2000, 256, "", List.of(test(0, "1 2\n", "3\n"), test(1, "-5 5\n", "0\n"),
                test(2, "1000000000000 1\n", "1000000000001\n")), Path.of("."));
    }

    protected JudgeResult judge(String source) {
        return submit(problem(), source);
    }

    /** Judges a program on a problem of the language's own test. */
    protected JudgeResult judge(Problem problem, String source) {
        return submit(problem, source);
    }

    @Test
    void aCorrectProgramIsAcceptedOnEveryTest() {
        JudgeResult result = judge(aPlusB());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.passed()).isEqualTo(3);
        assertThat(result.tests().get(2).actual().strip()).isEqualTo("1000000000001");
    }

    @Test
    void aWrongOutputIsAWrongAnswerWithTheOutputShown() {
        JudgeResult result = judge(aMinusB());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.WrongAnswer.class);
        assertThat(result.tests().get(0).actual().strip()).isEqualTo("-1");
    }

    @Test
    void aCrashIsARuntimeErrorThatSaysWhat() {
        JudgeResult result = judge(crashingWhenBIsTwo());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOfSatisfying(Verdict.RuntimeError.class, e ->
                assertThat(e.error()).contains(runtimeErrorFragment()));
    }

    @Test
    void aSubmissionStopsAtItsFirstTimeLimitAndTheTestsAfterItAreNotRun() {
        JudgeResult result = judge(loopingWhenBIsFive());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(result.tests()).extracting(t -> t.ran() ? t.verdict().code() : "NOT RUN")
                .containsExactly("ACCEPTED", "TIME_LIMIT_EXCEEDED", "NOT RUN");
    }

    @Test
    void runningEveryTestAnInfiniteLoopOnOneTestIsATimeLimitWhileTheOthersStillRun() {
        JudgeResult result = fixture.submitRunningEveryTest(problem(), loopingWhenBIsFive());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(result.tests()).extracting(t -> t.ran() ? t.verdict().code() : "NOT RUN")
                .containsExactly("ACCEPTED", "TIME_LIMIT_EXCEEDED", "ACCEPTED");
    }

    @Test
    void anOutputFloodIsAnOutputLimit() {
        JudgeResult result = judge(flooding());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.OutputLimitExceeded.class);
    }

    @Test
    void runningAnUnchangedProgramAgainSkipsTheCompiler() {
        Assumptions.assumeFalse(generator().stdio(aPlusB()).artifacts().isEmpty(),
                "an interpreted language has nothing to compile");
        String source = aPlusB() + "\n// run " + UUID.randomUUID() + "\n";
        List<JudgeStage> first = new ArrayList<>();
        JudgeResult compiled = fixture.judge(problem(), source, RunMode.SUBMIT, first::add);
        assertThat(compiled.verdict()).as(String.valueOf(compiled)).isInstanceOf(Verdict.Accepted.class);
        assertThat(first).contains(JudgeStage.COMPILING);
        List<JudgeStage> second = new ArrayList<>();
        JudgeResult again = fixture.judge(problem(), source, RunMode.SUBMIT, second::add);
        assertThat(again.verdict()).as(String.valueOf(again)).isInstanceOf(Verdict.Accepted.class);
        assertThat(again.tests().get(2).actual().strip()).isEqualTo("1000000000001");
        assertThat(second).containsExactly(JudgeStage.RUNNING);
        assertThat(again.compileCached()).isTrue();
    }

    @Test
    void codeThatDoesNotCompileIsACompilationError() {
        JudgeResult result = judge(notCompiling());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOfSatisfying(Verdict.CompilationError.class,
                e -> assertThat(e.compilerOutput()).contains(compileErrorFragment()));
    }
}
