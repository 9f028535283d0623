package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.lang.harness.StdioPlan;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.TestCase;
import dev.codedrill.testing.TestEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The stdio judge with a Python program against a real sandbox container. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PythonStdioJudgeTest {

    private DockerEngine engine;

    @BeforeAll
    void connect() {
        engine = TestEngine.hostEngine();
    }

    @AfterAll
    void close() {
        engine.close();
    }

    private static TestCase test(int i, String input, String expected) {
        return new TestCase(i, "test " + (i + 1), new TextNode(input), new TextNode(expected), i == 0);
    }

    private static Problem aPlusB() {
        return new Problem("a-plus-b", "A + B", Difficulty.EASY, List.of("math"), ProblemKind.STDIO, null,
                ComparatorSpec.TOKENS, 1000, 256, "",
                List.of(test(0, "1 2\n", "3\n"), test(1, "-5 5\n", "0\n"), test(2, "1000000000000 1\n", "1000000000001\n")),
                Path.of("."));
    }

    private JudgeResult judge(String source) {
        Problem problem = aPlusB();
        String id = engine.create(TestEngine.sandbox("python-stdio").build());
        try {
            engine.start(id);
            StdioPlan plan = new StdioPlan("main.py", source, List.of(), List.of("python3", "main.py"));
            return new StdioJudge().judge(problem, plan, problem.tests(), new Sandbox(engine, id), RunLimits.of(problem));
        } finally {
            engine.remove(id);
        }
    }

    private static final String ACCEPTED = "a, b = map(int, input().split())\nprint(a + b)\n";

    @Test
    void aCorrectProgramIsAcceptedOnEveryTest() {
        JudgeResult result = judge(ACCEPTED);
        assertThat(result.verdict()).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.passed()).isEqualTo(3);
        assertThat(result.tests().get(2).actual()).isEqualTo("1000000000001\n");
        assertThat(result.tests()).allMatch(t -> t.timeMs() > 0 && t.timeMs() < 1000);
    }

    @Test
    void aWrongOutputIsAWrongAnswerWithItsOutputShown() {
        JudgeResult result = judge("a, b = map(int, input().split())\nprint(a - b)\n");
        assertThat(result.verdict()).isInstanceOf(Verdict.WrongAnswer.class);
        assertThat(result.tests().get(0).actual()).isEqualTo("-1\n");
    }

    @Test
    void aCrashIsARuntimeErrorWithItsTraceback() {
        JudgeResult result = judge("a, b = map(int, input().split())\nprint(a // (b - 2))\n");
        assertThat(result.verdict()).isInstanceOfSatisfying(Verdict.RuntimeError.class, e ->
                assertThat(e.error()).contains("exited with code 1").contains("ZeroDivisionError"));
    }

    @Test
    void anInfiniteLoopOnOneTestIsATimeLimitWhileTheOthersStillRun() {
        JudgeResult result = judge("a, b = map(int, input().split())\nwhile b == 5: pass\nprint(a + b)\n");
        assertThat(result.verdict()).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(result.tests()).extracting(t -> t.verdict().code())
                .containsExactly("ACCEPTED", "TIME_LIMIT_EXCEEDED", "ACCEPTED");
    }

    @Test
    void anOutputFloodIsAnOutputLimit() {
        JudgeResult result = judge("import sys\nwhile True: sys.stdout.write('x' * 65536)\n");
        assertThat(result.verdict()).isInstanceOf(Verdict.OutputLimitExceeded.class);
    }

    @Test
    void aSyntaxErrorCompiledFirstIsACompilationError() {
        Problem problem = aPlusB();
        String id = engine.create(TestEngine.sandbox("python-stdio").build());
        try {
            engine.start(id);
            StdioPlan plan = new StdioPlan("main.py", "print(1 +)\n",
                    List.of("python3", "-m", "py_compile", "main.py"), List.of("python3", "main.py"));
            JudgeResult result = new StdioJudge().judge(problem, plan, problem.tests(), new Sandbox(engine, id),
                    RunLimits.of(problem));
            assertThat(result.verdict()).isInstanceOfSatisfying(Verdict.CompilationError.class, e ->
                    assertThat(e.compilerOutput()).contains("main.py").contains("line 1"));
        } finally {
            engine.remove(id);
        }
    }
}
