package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.testing.JudgeFixture;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.ValueType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What every language's function harness must do, against a real sandbox container. A language's test extends
 * this and supplies its solutions in that language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FunctionHarnessContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    protected abstract HarnessGenerator generator();

    /** twoSum returning the two indices ascending, printing "found I" (I = the second index) once per call. */
    protected abstract String twoSumAccepted();

    /** twoSum returning the indices in descending order (a wrong answer on every test). */
    protected abstract String twoSumWrongOrder();

    /** twoSum that divides by zero (or throws) on every call. */
    protected abstract String twoSumThrowing();

    /** What the runtime error must mention (the exception's name, the signal). */
    protected abstract String runtimeErrorFragment();

    /** twoSum that loops for ever when nums has exactly 3 elements, else is correct. */
    protected abstract String twoSumLoopingOnThreeNumbers();

    /** twoSum with a syntax error on its second line. */
    protected abstract String twoSumNotCompiling();

    /** What the compilation error must mention (file and line of the fault). */
    protected abstract String compileErrorFragment();

    /** A correct solution whose method is misnamed "twoSumm". */
    protected abstract String twoSumMisnamed();

    /** The clear message for a misnamed method must contain this (no stack trace). */
    protected abstract String misnamedFragment();

    /** twoSum that allocates and keeps more than 1 GB before answering. */
    protected abstract String twoSumHoggingMemory();

    /** A solution of {@code echo(x: TYPE) -> TYPE} that returns x. */
    protected abstract String echo(ValueType type);

    /**
     * twoSum that, when nums has exactly 3 elements, prints lines of 1000 "x" for ever through the language's usual
     * print (print, console.log, System.out.println, cout, fmt.Println, echo); else is correct (and prints nothing).
     */
    protected abstract String twoSumPrintingForeverOnThreeNumbers();

    /** A line comment of the language, for making a source unique without changing what it does. */
    protected String comment(String text) {
        return "\n// " + text + "\n";
    }

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

    protected JudgeResult judge(Problem problem, String source) {
        return submit(problem, source);
    }

    /** The compile cache of the judge the tests submit to. */
    protected CompileCache compileCache() {
        return fixture.compileCache();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static Problem problem(String signature, ComparatorSpec comparator, List<String[]> inputsAndExpected) {
        List<TestCase> tests = new ArrayList<>();
        for (String[] io : inputsAndExpected) {
            tests.add(new TestCase(tests.size(), "test " + (tests.size() + 1), json(io[0]), json(io[1]), tests.isEmpty()));
        }
        return new Problem("p", "P", Difficulty.EASY, List.of(), ProblemKind.FUNCTION, Signature.parse(signature),
                comparator, 2000, 256, "", tests, Path.of("."));
    }

    protected static Problem twoSum() {
        return problem("twoSum(nums: int[], target: int) -> int[]", ComparatorSpec.EXACT, List.of(
                new String[] {"{\"nums\": [2,7,11,15], \"target\": 9}", "[0,1]"},
                new String[] {"{\"nums\": [3,2,4], \"target\": 6}", "[1,2]"},
                new String[] {"{\"nums\": [3,3], \"target\": 6}", "[0,1]"}));
    }

    @Test
    void aCorrectSolutionIsAcceptedWithItsPrintsKeptPerTest() {
        JudgeResult result = judge(twoSum(), twoSumAccepted());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.passed()).isEqualTo(3);
        assertThat(result.tests()).extracting(t -> t.stdout().strip()).containsExactly("found 1", "found 2", "found 1");
        assertThat(json(result.tests().get(0).actual())).isEqualTo(json("[0,1]"));
    }

    @Test
    void aWrongAnswerShowsTheActualAndTheExpectedValue() {
        JudgeResult result = judge(twoSum(), twoSumWrongOrder());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.WrongAnswer.class);
        assertThat(result.passed()).isZero();
        assertThat(json(result.tests().get(0).actual())).isEqualTo(json("[1,0]"));
        assertThat(result.tests().get(0).expected()).isEqualTo("[0,1]");
    }

    @Test
    void anExceptionIsARuntimeErrorThatSaysWhat() {
        JudgeResult result = judge(twoSum(), twoSumThrowing());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOfSatisfying(Verdict.RuntimeError.class, e ->
                assertThat(e.error()).contains(runtimeErrorFragment()));
    }

    @Test
    void anInfiniteLoopIsATimeLimitAndTheTestsBeforeItKeepTheirResults() {
        JudgeResult result = judge(twoSum(), twoSumLoopingOnThreeNumbers());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(result.tests().get(0).verdict()).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.tests().get(1).verdict()).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(result.tests().get(2).ran()).isFalse();
    }

    @Test
    void runningEveryTestTheTestsAfterAnInfiniteLoopRunInARunOfTheirOwn() {
        JudgeResult result = fixture.submitRunningEveryTest(twoSum(), twoSumLoopingOnThreeNumbers());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(result.tests()).extracting(t -> t.ran() ? t.verdict().code() : "NOT RUN")
                .containsExactly("ACCEPTED", "TIME_LIMIT_EXCEEDED", "ACCEPTED");
        assertThat(json(result.tests().get(2).actual())).isEqualTo(json("[0,1]"));
    }

    @Test
    void aSubmissionStopsAtItsFirstOutputLimit() {
        JudgeResult result = judge(twoSum(), twoSumPrintingForeverOnThreeNumbers());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.OutputLimitExceeded.class);
        assertThat(result.tests()).extracting(t -> t.verdict() == null ? "NOT RUN" : t.verdict().code())
                .containsExactly("ACCEPTED", "OUTPUT_LIMIT_EXCEEDED", "NOT RUN");
    }

    @Test
    void printsPastTheCapStopTheTestAsAnOutputLimitAndTheOtherTestsStillRun() {
        JudgeResult result = fixture.submitRunningEveryTest(twoSum(), twoSumPrintingForeverOnThreeNumbers());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.OutputLimitExceeded.class);
        assertThat(result.tests()).extracting(t -> t.verdict() == null ? "NOT RUN" : t.verdict().code())
                .containsExactly("ACCEPTED", "OUTPUT_LIMIT_EXCEEDED", "ACCEPTED");
        TestResult flooded = result.tests().get(1);
        // stopped at the cap, not at the deadline, with the prints up to the cap kept
        assertThat(flooded.timeMs()).isLessThan(2000);
        assertThat(flooded.stdout()).startsWith("xxxx").hasSizeBetween(HarnessGenerator.STDOUT_CAP / 2,
                HarnessGenerator.STDOUT_CAP);
    }

    @Test
    void runningUnchangedCodeAgainSkipsTheCompilerAndIsJudgedTheSame() {
        Assumptions.assumeFalse(generator().function(twoSum(), twoSumAccepted(), twoSum().tests()).artifacts().isEmpty(),
                "an interpreted language has nothing to compile");
        String unique = comment("run " + UUID.randomUUID()); // so that no earlier test compiled this very source
        List<JudgeStage> first = new ArrayList<>();
        JudgeResult compiled = fixture.judge(twoSum(), twoSumAccepted() + unique, RunMode.SUBMIT, first::add);
        assertThat(compiled.verdict()).as(String.valueOf(compiled)).isInstanceOf(Verdict.Accepted.class);
        assertThat(first).contains(JudgeStage.COMPILING, JudgeStage.RUNNING);
        assertThat(compiled.compileCached()).isFalse();

        long hits = fixture.compileCache().hits();
        List<JudgeStage> second = new ArrayList<>();
        JudgeResult again = fixture.judge(twoSum(), twoSumAccepted() + unique, RunMode.SUBMIT, second::add);
        assertThat(again.verdict()).as(String.valueOf(again)).isInstanceOf(Verdict.Accepted.class);
        assertThat(again.passed()).isEqualTo(3);
        assertThat(again.tests()).extracting(t -> t.stdout().strip()).containsExactly("found 1", "found 2", "found 1");
        assertThat(second).as("stages of the second run").containsExactly(JudgeStage.RUNNING);
        assertThat(again.compileCached()).isTrue();
        assertThat(fixture.compileCache().hits()).isEqualTo(hits + 1);

        // the samples of the same code (a Run) take the same artifacts; changed code compiles again
        List<JudgeStage> run = new ArrayList<>();
        JudgeResult samples = fixture.judge(twoSum(), twoSumAccepted() + unique, RunMode.RUN, run::add);
        assertThat(samples.verdict()).isInstanceOf(Verdict.Accepted.class);
        assertThat(run).doesNotContain(JudgeStage.COMPILING);
        List<JudgeStage> changed = new ArrayList<>();
        JudgeResult wrong = fixture.judge(twoSum(), twoSumWrongOrder() + unique, RunMode.SUBMIT, changed::add);
        assertThat(wrong.verdict()).as(String.valueOf(wrong)).isInstanceOf(Verdict.WrongAnswer.class);
        assertThat(changed).contains(JudgeStage.COMPILING);
        assertThat(wrong.compileCached()).isFalse();
    }

    @Test
    void codeThatDoesNotCompileIsACompilationErrorWithItsLine() {
        JudgeResult result = judge(twoSum(), twoSumNotCompiling());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOfSatisfying(Verdict.CompilationError.class,
                e -> assertThat(e.compilerOutput()).contains(compileErrorFragment()));
        assertThat(result.tests()).noneMatch(TestResult::ran);
    }

    @Test
    void aMisnamedMethodGetsAClearMessage() {
        JudgeResult result = judge(twoSum(), twoSumMisnamed());
        assertThat(result.verdict().accepted()).isFalse();
        String message = result.verdict() instanceof Verdict.RuntimeError e ? e.error()
                : result.verdict() instanceof Verdict.CompilationError c ? c.compilerOutput()
                : result.verdict().toString();
        assertThat(message).contains(misnamedFragment());
    }

    @Test
    void aMemoryHogIsAMemoryLimit() {
        JudgeResult result = judge(twoSum(), twoSumHoggingMemory());
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.MemoryLimitExceeded.class);
    }

    /** Values of each type that must survive the trip in and out of the harness unchanged. */
    static final Map<String, List<String>> VALUES = Map.ofEntries(
            Map.entry("int", List.of("0", "-2147483648", "2147483647", "42")),
            Map.entry("long", List.of("0", "-9007199254740991", "4611686018427387904", "-1")),
            Map.entry("double", List.of("0.0", "1.5", "-0.25", "1e-9", "123456789.125")),
            Map.entry("bool", List.of("true", "false")),
            Map.entry("string", List.of("\"\"", "\"hello\"", "\"h\\u00e9llo w\\u00f6rld \\u2713\"",
                    "\"two words\\nand a \\\"quote\\\" and a \\\\ backslash\\t!\"")),
            Map.entry("int[]", List.of("[]", "[1]", "[-3,0,2147483647,-2147483648]")),
            Map.entry("long[]", List.of("[]", "[9007199254740991,-5]")),
            Map.entry("double[]", List.of("[]", "[0.5,-2.25]")),
            Map.entry("bool[]", List.of("[]", "[true,false,true]")),
            Map.entry("string[]", List.of("[]", "[\"\"]", "[\"a b\",\"c\\nd\",\"\\u00e9\"]")),
            Map.entry("int[][]", List.of("[]", "[[]]", "[[1,2],[],[3]]")),
            Map.entry("string[][]", List.of("[]", "[[\"x\",\"\"],[\"y z\"]]")),
            Map.entry("ListNode", List.of("[]", "[1]", "[1,2,3,-4]")),
            Map.entry("TreeNode", List.of("[]", "[1]", "[3,9,20,null,null,15,7]", "[1,null,2,3]")));

    @ParameterizedTest
    @ValueSource(strings = {"int", "long", "double", "bool", "string", "int[]", "long[]", "double[]", "bool[]",
            "string[]", "int[][]", "string[][]", "ListNode", "TreeNode"})
    void everyTypeOfTheSignatureLanguageGoesInAndComesBackUnchanged(String typeName) {
        ValueType type = ValueType.parse(typeName);
        List<String[]> tests = VALUES.get(typeName).stream()
                .map(v -> new String[] {"{\"x\": " + v + "}", v}).toList();
        ComparatorSpec comparator = typeName.startsWith("double")
                ? new ComparatorSpec(ComparatorSpec.Type.FLOAT, 1e-12, 1e-12) : ComparatorSpec.EXACT;
        JudgeResult result = judge(problem("echo(x: " + typeName + ") -> " + typeName, comparator, tests), echo(type));
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.passed()).isEqualTo(tests.size());
    }
}
