package dev.codedrill.judge.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.judge.FunctionHarnessContract;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.java.JavaHarness;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.ValueType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaFunctionHarnessTest extends FunctionHarnessContract {

    private static final String ACCEPTED = """
            import java.util.*;

            class Solution {
                public int[] twoSum(int[] nums, int target) {
                    Map<Integer, Integer> seen = new HashMap<>();
                    for (int i = 0; i < nums.length; i++) {
                        Integer j = seen.get(target - nums[i]);
                        if (j != null) {
                            System.out.println("found " + i);
                            return new int[] {j, i};
                        }
                        seen.put(nums[i], i);
                    }
                    return new int[0];
                }
            }
            """;

    @Override
    protected HarnessGenerator generator() {
        return new JavaHarness();
    }

    @Override
    protected String twoSumAccepted() {
        return ACCEPTED;
    }

    @Override
    protected String twoSumWrongOrder() {
        return ACCEPTED.replace("new int[] {j, i}", "new int[] {i, j}");
    }

    @Override
    protected String twoSumThrowing() {
        return "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        int zero = 0;\n"
                + "        return new int[] {1 / zero};\n    }\n}\n";
    }

    @Override
    protected String runtimeErrorFragment() {
        return "java.lang.ArithmeticException: / by zero (Solution.java, line 4)";
    }

    @Override
    protected String twoSumLoopingOnThreeNumbers() {
        return ACCEPTED.replace("Map<Integer, Integer> seen = new HashMap<>();",
                "Map<Integer, Integer> seen = new HashMap<>();\n        while (nums.length == 3) { }");
    }

    @Override
    protected String twoSumNotCompiling() {
        return "class Solution {\n    public int[] twoSum(int[] nums, int target) { return new int[0] }\n}\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "Solution.java:2";
    }

    @Override
    protected String twoSumMisnamed() {
        return ACCEPTED.replace("twoSum(", "twoSumm(");
    }

    @Override
    protected String misnamedFragment() {
        return "no method twoSum in class Solution";
    }

    @Override
    protected String twoSumHoggingMemory() {
        return ACCEPTED.replace("Map<Integer, Integer> seen = new HashMap<>();",
                "Map<Integer, Integer> seen = new HashMap<>();\n        List<byte[]> hog = new ArrayList<>();\n"
                        + "        for (int k = 0; k < 16; k++) hog.add(new byte[64 * 1024 * 1024]);");
    }

    @Override
    protected String echo(ValueType type) {
        String t = LanguageSupports.of("java").typeName(type);
        return "class Solution {\n    public " + t + " echo(" + t + " x) {\n        return x;\n    }\n}\n";
    }

    @Override
    protected String twoSumPrintingForeverOnThreeNumbers() {
        return "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
                + "        while (nums.length == 3) System.out.println(\"x\".repeat(1000));\n"
                + "        for (int i = 0; i < nums.length; i++)\n            for (int j = 0; j < i; j++)\n"
                + "                if (nums[i] + nums[j] == target) return new int[] {j, i};\n"
                + "        return new int[0];\n    }\n}\n";
    }

    /**
     * An in-place function ({@code -> void}) is judged on its first argument: a method that returns the answer
     * instead gets a message that names the void signature of the starter code.
     */
    @Test
    void anInPlaceMethodThatReturnsAValueGetsAClearMessage() throws Exception {
        Problem rotate = new Problem("p", "P", Difficulty.EASY, List.of(), ProblemKind.FUNCTION,
                Signature.parse("rotate(matrix: int[][]) -> void"), ComparatorSpec.EXACT, 2000, 256, "",
                List.of(new TestCase(0, "test 1", new ObjectMapper().readTree("{\"matrix\": [[1,2],[3,4]]}"),
                        new ObjectMapper().readTree("[[3,1],[4,2]]"), true)), Path.of("."));
        JudgeResult result = judge(rotate, """
                class Solution {
                    public int[][] rotate(int[][] matrix) {
                        return new int[][] {{matrix[1][0], matrix[0][0]}, {matrix[1][1], matrix[0][1]}};
                    }
                }
                """);
        assertThat(result.verdict().accepted()).isFalse();
        String message = result.verdict() instanceof Verdict.RuntimeError e ? e.error()
                : result.verdict() instanceof Verdict.CompilationError c ? c.compilerOutput()
                : result.verdict().toString();
        assertThat(message).as(String.valueOf(result)).contains("must be public void rotate(int[][] matrix)");
    }
}
