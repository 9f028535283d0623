package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.lang.harness.PythonHarness;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.testing.TestEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Python harness and the function judge against a real sandbox container. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PythonFunctionJudgeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private DockerEngine engine;

    @BeforeAll
    void connect() {
        engine = TestEngine.hostEngine();
    }

    @AfterAll
    void close() {
        engine.close();
    }

    private static TestCase test(int i, String input, String expected) throws Exception {
        return new TestCase(i, "test " + (i + 1), JSON.readTree(input), JSON.readTree(expected), i == 0);
    }

    private Problem twoSum() throws Exception {
        return new Problem("two-sum", "Two Sum", Difficulty.EASY, List.of("arrays"), ProblemKind.FUNCTION,
                Signature.parse("twoSum(nums: int[], target: int) -> int[]"), ComparatorSpec.EXACT, 1000, 256, "",
                List.of(test(0, "{\"nums\": [2,7,11,15], \"target\": 9}", "[0,1]"),
                        test(1, "{\"nums\": [3,2,4], \"target\": 6}", "[1,2]"),
                        test(2, "{\"nums\": [3,3], \"target\": 6}", "[0,1]")), Path.of("."));
    }

    private JudgeResult judge(Problem problem, String source) {
        String id = engine.create(TestEngine.sandbox("python-judge").build());
        try {
            engine.start(id);
            return new FunctionJudge().judge(problem, new PythonHarness().function(problem, source, problem.tests()),
                    problem.tests(), new Sandbox(engine, id), RunLimits.of(problem));
        } finally {
            engine.remove(id);
        }
    }

    private static final String ACCEPTED = """
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    seen = {}
                    for i, n in enumerate(nums):
                        if target - n in seen:
                            print("found", i)
                            return [seen[target - n], i]
                        seen[n] = i
            """;

    @Test
    void aCorrectSolutionIsAcceptedWithItsPrintsKeptPerTest() throws Exception {
        JudgeResult result = judge(twoSum(), ACCEPTED);
        assertThat(result.verdict()).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.passed()).isEqualTo(3);
        assertThat(result.tests()).extracting(TestResult::stdout).containsExactly("found 1\n", "found 2\n", "found 1\n");
        assertThat(result.tests().get(0).actual()).isEqualTo("[0,1]");
    }

    @Test
    void aWrongAnswerNamesTheFirstFailingTestAndShowsBothValues() throws Exception {
        JudgeResult result = judge(twoSum(), ACCEPTED.replace("[seen[target - n], i]", "[i, seen[target - n]]"));
        assertThat(result.verdict()).isInstanceOf(Verdict.WrongAnswer.class);
        assertThat(result.passed()).isZero();
        assertThat(result.tests().get(0).actual()).isEqualTo("[1,0]");
        assertThat(result.tests().get(0).expected()).isEqualTo("[0,1]");
    }

    @Test
    void anExceptionIsARuntimeErrorWithItsLine() throws Exception {
        JudgeResult result = judge(twoSum(), "class Solution:\n    def twoSum(self, nums, target):\n        return 1 // 0\n");
        assertThat(result.verdict()).isInstanceOfSatisfying(Verdict.RuntimeError.class, e ->
                assertThat(e.error()).contains("ZeroDivisionError").contains("solution.py, line 3"));
    }

    @Test
    void anInfiniteLoopIsATimeLimitAndTheTestsBeforeItKeepTheirResults() throws Exception {
        JudgeResult result = judge(twoSum(), ACCEPTED.replace("seen = {}",
                "seen = {}\n        if len(nums) == 3:\n            while True: pass"));
        assertThat(result.verdict()).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(result.tests().get(0).verdict()).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.tests().get(1).verdict()).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(result.tests().get(2).ran()).isFalse();
        assertThat(result.passed()).isEqualTo(1);
    }

    @Test
    void aSyntaxErrorIsACompilationErrorWithItsLine() throws Exception {
        JudgeResult result = judge(twoSum(), "class Solution:\n    def twoSum(self, nums, target)\n        return []\n");
        assertThat(result.verdict()).isInstanceOfSatisfying(Verdict.CompilationError.class, e ->
                assertThat(e.compilerOutput()).contains("solution.py:2"));
        assertThat(result.tests()).noneMatch(TestResult::ran);
    }

    @Test
    void aMethodWithTheWrongNameGetsAClearMessageNotAStackTrace() throws Exception {
        JudgeResult result = judge(twoSum(), ACCEPTED.replace("def twoSum", "def two_sum"));
        assertThat(result.verdict()).isInstanceOfSatisfying(Verdict.RuntimeError.class, e ->
                assertThat(e.error()).isEqualTo("no method twoSum in class Solution: keep the name of the starter code"));
    }

    @Test
    void aMemoryHogIsAMemoryLimit() throws Exception {
        JudgeResult result = judge(twoSum(), ACCEPTED.replace("seen = {}",
                "seen = {}\n        hog = [bytearray(64 * 1024 * 1024) for _ in range(64)]"));
        assertThat(result.verdict()).isInstanceOf(Verdict.MemoryLimitExceeded.class);
    }
}
