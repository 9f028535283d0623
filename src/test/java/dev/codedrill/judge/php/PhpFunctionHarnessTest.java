package dev.codedrill.judge.php;

import dev.codedrill.judge.FunctionHarnessContract;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.php.PhpHarness;
import dev.codedrill.problem.ValueType;

class PhpFunctionHarnessTest extends FunctionHarnessContract {

    private static final String ACCEPTED = """
            <?php
            class Solution {
                function twoSum($nums, $target) {
                    $seen = [];
                    foreach ($nums as $i => $n) {
                        if (isset($seen[$target - $n])) {
                            echo "found $i\\n";
                            return [$seen[$target - $n], $i];
                        }
                        $seen[$n] = $i;
                    }
                    return [];
                }
            }
            """;

    @Override
    protected HarnessGenerator generator() {
        return new PhpHarness();
    }

    @Override
    protected String twoSumAccepted() {
        return ACCEPTED;
    }

    @Override
    protected String twoSumWrongOrder() {
        return ACCEPTED.replace("[$seen[$target - $n], $i]", "[$i, $seen[$target - $n]]");
    }

    @Override
    protected String twoSumThrowing() {
        return "<?php\nclass Solution {\n    function twoSum($nums, $target) {\n        $zero = 0;\n"
                + "        return [1 / $zero];\n    }\n}\n";
    }

    @Override
    protected String runtimeErrorFragment() {
        return "DivisionByZeroError: Division by zero (solution.php, line 5)";
    }

    @Override
    protected String twoSumLoopingOnThreeNumbers() {
        return ACCEPTED.replace("$seen = [];", "$seen = [];\n        while (count($nums) == 3) {}");
    }

    @Override
    protected String twoSumNotCompiling() {
        return "<?php class Solution {\n    function twoSum($nums, $target) { return [0, 1; }\n}\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "solution.php on line 2";
    }

    @Override
    protected String twoSumMisnamed() {
        return ACCEPTED.replace("function twoSum", "function twoSumm");
    }

    @Override
    protected String misnamedFragment() {
        return "no method twoSum in class Solution: keep the name of the starter code";
    }

    @Override
    protected String twoSumHoggingMemory() {
        return ACCEPTED.replace("$seen = [];", """
                $seen = [];
                        $hog = [];
                        for ($k = 0; $k < 16; $k++) { $hog[] = str_repeat(chr(65 + $k), 64 * 1024 * 1024); }""");
    }

    @Override
    protected String echo(ValueType type) {
        return "<?php\nclass Solution {\n    function echo($x) {\n        return $x;\n    }\n}\n";
    }

    @Override
    protected String twoSumPrintingForeverOnThreeNumbers() {
        return "<?php\nclass Solution {\n    function twoSum($nums, $target) {\n"
                + "        while (count($nums) == 3) { echo str_repeat('x', 1000), \"\\n\"; }\n"
                + "        $seen = [];\n        foreach ($nums as $i => $n) {\n"
                + "            if (isset($seen[$target - $n])) { return [$seen[$target - $n], $i]; }\n"
                + "            $seen[$n] = $i;\n        }\n        return [];\n    }\n}\n";
    }
}
