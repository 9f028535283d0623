package dev.codedrill.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small problems made in code for the harness tests: a function of one test, a design class of several. */
public final class TestProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestProblems() {
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A function problem with one (sample) test. */
    public static Problem function(String signature, String input, String expected) {
        return new Problem("p", "P", Difficulty.EASY, List.of(), ProblemKind.FUNCTION, Signature.parse(signature),
                ComparatorSpec.EXACT, 2000, 256, "", List.of(new TestCase(0, "test 1", json(input), json(expected),
                true)), Path.of("."));
    }

    /** A design problem whose tests are given as input, expected, input, expected…; the first is a sample. */
    public static Problem design(String constructor, List<String> methods, String... inputsAndExpected) {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < inputsAndExpected.length; i += 2) {
            tests.add(new TestCase(tests.size(), "test " + (tests.size() + 1), json(inputsAndExpected[i]),
                    json(inputsAndExpected[i + 1]), tests.isEmpty()));
        }
        return new Problem("d", "D", Difficulty.EASY, List.of(), ProblemKind.DESIGN, null, ComparatorSpec.EXACT, 2000,
                256, "", tests, Path.of("."), List.of(), Map.of(), DesignClass.parse(constructor, methods));
    }

    /** What a verdict says: a runtime error's error, a compile error's output, a wrong answer's feedback. */
    public static String message(JudgeResult result) {
        return result.verdict() instanceof Verdict.RuntimeError e ? e.error()
                : result.verdict() instanceof Verdict.CompilationError c ? c.compilerOutput()
                : result.verdict() instanceof Verdict.WrongAnswer w ? w.feedback() : result.verdict().toString();
    }
}
