package dev.codedrill.judge.javascript;

import dev.codedrill.judge.FunctionHarnessContract;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.javascript.JavaScriptHarness;
import dev.codedrill.problem.ValueType;

class JavaScriptFunctionHarnessTest extends FunctionHarnessContract {

    private static final String ACCEPTED = """
            function twoSum(nums, target) {
                const seen = new Map();
                for (let i = 0; i < nums.length; i++) {
                    if (seen.has(target - nums[i])) {
                        console.log("found", i);
                        return [seen.get(target - nums[i]), i];
                    }
                    seen.set(nums[i], i);
                }
            }
            """;

    @Override
    protected HarnessGenerator generator() {
        return new JavaScriptHarness();
    }

    @Override
    protected String twoSumAccepted() {
        return ACCEPTED;
    }

    @Override
    protected String twoSumWrongOrder() {
        return ACCEPTED.replace("[seen.get(target - nums[i]), i]", "[i, seen.get(target - nums[i])]");
    }

    @Override
    protected String twoSumThrowing() {
        // JavaScript numbers divide by zero into Infinity; BigInt division by zero throws
        return "function twoSum(nums, target) {\n    const zero = 0n;\n    return [Number(1n / zero)];\n}\n";
    }

    @Override
    protected String runtimeErrorFragment() {
        return "RangeError: Division by zero (solution.js, line 3)";
    }

    @Override
    protected String twoSumLoopingOnThreeNumbers() {
        return ACCEPTED.replace("const seen = new Map();", "const seen = new Map();\n    while (nums.length === 3) {}");
    }

    @Override
    protected String twoSumNotCompiling() {
        return "function twoSum(nums, target) {\n    return [0, 1;\n}\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "solution.js:2";
    }

    @Override
    protected String twoSumMisnamed() {
        return ACCEPTED.replace("function twoSum", "function twoSumm");
    }

    @Override
    protected String misnamedFragment() {
        return "no function twoSum: keep the name of the starter code";
    }

    @Override
    protected String twoSumHoggingMemory() {
        return ACCEPTED.replace("const seen = new Map();", """
                const seen = new Map();
                    const hog = [];
                    for (let k = 0; k < 16; k++) hog.push(new Array(8 * 1024 * 1024).fill(k));""");
    }

    @Override
    protected String echo(ValueType type) {
        return "function echo(x) {\n    return x;\n}\n";
    }

    @Override
    protected String twoSumPrintingForeverOnThreeNumbers() {
        return ACCEPTED.replace("const seen = new Map();", "const seen = new Map();\n"
                + "    while (nums.length === 3) console.log('x'.repeat(1000));").replace("console.log(\"found\", i);", "");
    }
}
