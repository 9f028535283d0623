package dev.codedrill.judge.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.judge.FunctionHarnessContract;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.python.PythonHarness;
import dev.codedrill.problem.ValueType;
import org.junit.jupiter.api.Test;

class PythonFunctionHarnessTest extends FunctionHarnessContract {

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

    @Override
    protected HarnessGenerator generator() {
        return new PythonHarness();
    }

    @Override
    protected String twoSumAccepted() {
        return ACCEPTED;
    }

    @Override
    protected String twoSumWrongOrder() {
        return ACCEPTED.replace("[seen[target - n], i]", "[i, seen[target - n]]");
    }

    @Override
    protected String twoSumThrowing() {
        return "class Solution:\n    def twoSum(self, nums, target):\n        return 1 // 0\n";
    }

    @Override
    protected String runtimeErrorFragment() {
        return "ZeroDivisionError: integer division or modulo by zero (solution.py, line 3)";
    }

    @Override
    protected String twoSumLoopingOnThreeNumbers() {
        return ACCEPTED.replace("seen = {}", "seen = {}\n        while len(nums) == 3: pass");
    }

    @Override
    protected String twoSumNotCompiling() {
        return "class Solution:\n    def twoSum(self, nums, target)\n        return []\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "solution.py:2";
    }

    @Override
    protected String twoSumMisnamed() {
        return ACCEPTED.replace("def twoSum", "def twoSumm");
    }

    @Override
    protected String misnamedFragment() {
        return "no method twoSum in class Solution";
    }

    @Override
    protected String twoSumHoggingMemory() {
        return ACCEPTED.replace("seen = {}", "seen = {}\n        hog = [bytearray(64 * 1024 * 1024) for _ in range(16)]");
    }

    @Override
    protected String echo(ValueType type) {
        return "class Solution:\n    def echo(self, x):\n        return x\n";
    }

    @Override
    protected String twoSumPrintingForeverOnThreeNumbers() {
        return "class Solution:\n    def twoSum(self, nums, target):\n        while len(nums) == 3:\n"
                + "            print('x' * 1000)\n        seen = {}\n        for i, n in enumerate(nums):\n"
                + "            if target - n in seen:\n                return [seen[target - n], i]\n"
                + "            seen[n] = i\n";
    }

    @Override
    protected String comment(String text) {
        return "\n# " + text + "\n";
    }

    @Test
    void aThreadTheCodeLeavesRunningEndsWithTheHarnessAndTheRunIsAccepted() {
        // the harness ends the process once every result is written (before, the interpreter waited for the thread
        // until the stall watcher stopped it, a test's time limit later: the same verdict, later)
        assertAcceptedWithEveryTest("import threading, time\n"
                + "        threading.Thread(target=time.sleep, args=(60,)).start()");
    }

    @Test
    void codeThatReplacesTheProcessExitDoesNotKeepTheHarnessFromEnding() {
        assertAcceptedWithEveryTest("import os, sys\n        os._exit = sys.exit = lambda *a: None");
    }

    /** The accepted two-sum with {@code statements} first in its method. */
    private void assertAcceptedWithEveryTest(String statements) {
        JudgeResult result = judge(twoSum(), ACCEPTED.replace("seen = {}", "seen = {}\n        " + statements));
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.passed()).isEqualTo(3);
    }
}
