package dev.codedrill.judge.java;

import dev.codedrill.judge.FunctionHarnessContract;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.java.JavaHarness;
import dev.codedrill.problem.ValueType;

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
}
