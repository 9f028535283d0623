package dev.codedrill.judge.cpp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.lang.cpp.CppHarness;
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
 * Hostile code aimed at the compiler, through the production path (warm pool, private daemon): each ends as a
 * Compilation Error in bounded time, and the next submission in the same pool compiles and is judged as usual.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HostileCompileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORRECT = "class Solution {\npublic:\n    int solve(int n) { return n + 1; }\n};\n";

    private JudgeFixture fixture;

    @BeforeAll
    void start() {
        fixture = new JudgeFixture(new CppHarness());
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @AfterEach
    void theNextSubmissionIsUnaffected() throws Exception {
        assertThat(fixture.settle()).as("pool settled: %s", fixture.stats()).isTrue();
        JudgeResult next = fixture.submit(plusOne(), CORRECT);
        assertThat(next.verdict()).as(String.valueOf(next)).isInstanceOf(Verdict.Accepted.class);
    }

    private static Problem plusOne() {
        List<TestCase> tests = List.of(
                new TestCase(0, "n=1", JSON.createObjectNode().put("n", 1), JSON.getNodeFactory().numberNode(2), true),
                new TestCase(1, "n=2", JSON.createObjectNode().put("n", 2), JSON.getNodeFactory().numberNode(3), false));
        return new Problem("plus-one", "Plus one", Difficulty.EASY, List.of(), ProblemKind.FUNCTION,
                Signature.parse("solve(n: int) -> int"), ComparatorSpec.EXACT, 1000, 256, "", tests, Path.of("."));
    }

    /** Ten thousand lines' worth of errors from a few macros: far more output than the cap. */
    private static final String ERROR_FLOOD = """
            #define E1(n) int e##n = "not an int";
            #define E10(n) E1(n##0) E1(n##1) E1(n##2) E1(n##3) E1(n##4) E1(n##5) E1(n##6) E1(n##7) E1(n##8) E1(n##9)
            #define E100(n) E10(n##0) E10(n##1) E10(n##2) E10(n##3) E10(n##4) E10(n##5) E10(n##6) E10(n##7) E10(n##8) E10(n##9)
            #define E1000(n) E100(n##0) E100(n##1) E100(n##2) E100(n##3) E100(n##4) E100(n##5) E100(n##6) E100(n##7) E100(n##8) E100(n##9)
            E1000(1) E1000(2) E1000(3) E1000(4) E1000(5) E1000(6) E1000(7) E1000(8) E1000(9)
            """ + CORRECT;

    /**
     * Two hundred constant evaluations, each running to the compiler's operation limit (2^25) in flat memory:
     * minutes of work for the compiler, with one short error per evaluation (far under the output cap in 30 s).
     */
    private static final String ENDLESS_COMPILE = """
            constexpr int spin(int seed) {
                int s = seed;
                for (int i = 0; i < 1000; i++)
                    for (int j = 0; j < 1000; j++)
                        for (int k = 0; k < 1000; k++) s ^= 1;
                return s;
            }
            #define S1(n) constexpr int v##n = spin(n);
            #define S10(n) S1(n##0) S1(n##1) S1(n##2) S1(n##3) S1(n##4) S1(n##5) S1(n##6) S1(n##7) S1(n##8) S1(n##9)
            #define S100(n) S10(n##0) S10(n##1) S10(n##2) S10(n##3) S10(n##4) S10(n##5) S10(n##6) S10(n##7) S10(n##8) S10(n##9)
            S100(1) S100(2)
            """ + CORRECT;

    @Test
    void aFloodOfCompilerOutputIsACompilationErrorWithTheOutputCut() {
        long start = System.nanoTime();
        JudgeResult result = fixture.submit(plusOne(), ERROR_FLOOD);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOfSatisfying(Verdict.CompilationError.class,
                e -> {
                    assertThat(e.compilerOutput()).contains("solution.cpp:5").contains("invalid conversion")
                            .endsWith("(compiler output cut at 64 KB)");
                    assertThat(e.compilerOutput().length()).isLessThan(66 * 1024);
                });
        assertThat(seconds).as("stopped at the cap, not at the compile's time limit").isLessThan(30);
        assertThat(result.tests()).noneMatch(t -> t.ran());
    }

    @Test
    void aCompileThatNeverEndsIsACompilationErrorSayingItTookTooLong() {
        long start = System.nanoTime();
        JudgeResult result = fixture.submit(plusOne(), ENDLESS_COMPILE);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOfSatisfying(Verdict.CompilationError.class,
                e -> assertThat(e.compilerOutput()).contains("did not finish within 30 s").contains("took too long"));
        assertThat(seconds).as("stopped at the compile's time limit").isBetween(29L, 60L);
    }
}
