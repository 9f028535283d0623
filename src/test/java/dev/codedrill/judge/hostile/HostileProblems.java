package dev.codedrill.judge.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A + B for the hostile matrix, as a stdio problem (read "a b", print a + b) and as a function problem
 * ({@code add(a: int, b: int) -> int}): three tests, a = 1 in the first, 256 MB.
 */
public final class HostileProblems {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[][] CASES = {{1, 2}, {3, 4}, {5, 6}};

    private HostileProblems() {
    }

    /** A + B of {@code kind} with a 1000 ms time limit. */
    public static Problem aPlusB(ProblemKind kind) {
        return aPlusB(kind, 1000);
    }

    /** A + B of {@code kind} with the given time limit. */
    public static Problem aPlusB(ProblemKind kind, int timeLimitMs) {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < CASES.length; i++) {
            int a = CASES[i][0];
            int b = CASES[i][1];
            tests.add(kind == ProblemKind.STDIO
                    ? new TestCase(i, "test " + (i + 1), new TextNode(a + " " + b + "\n"), new TextNode((a + b) + "\n"),
                            i == 0)
                    : new TestCase(i, "test " + (i + 1), JSON.createObjectNode().put("a", a).put("b", b),
                            JSON.getNodeFactory().numberNode(a + b), i == 0));
        }
        return kind == ProblemKind.STDIO
                ? new Problem("a-plus-b", "A + B", Difficulty.EASY, List.of(), ProblemKind.STDIO, null,
                        ComparatorSpec.TOKENS, timeLimitMs, 256, "", tests, Path.of("."))
                : new Problem("add", "Add", Difficulty.EASY, List.of(), ProblemKind.FUNCTION,
                        Signature.parse("add(a: int, b: int) -> int"), ComparatorSpec.EXACT, timeLimitMs, 256, "",
                        tests, Path.of("."));
    }
}
