package dev.codedrill.judge.go;

import dev.codedrill.judge.FunctionHarnessContract;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.go.GoHarness;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.problem.ValueType;

class GoFunctionHarnessTest extends FunctionHarnessContract {

    private static final LanguageSupport GO = LanguageSupports.of("go");

    private static final String ACCEPTED = """
            package main

            import "fmt"

            func twoSum(nums []int, target int) []int {
            \tseen := map[int]int{}
            \tfor i, n := range nums {
            \t\tif j, ok := seen[target-n]; ok {
            \t\t\tfmt.Println("found", i)
            \t\t\treturn []int{j, i}
            \t\t}
            \t\tseen[n] = i
            \t}
            \treturn nil
            }
            """;

    @Override
    protected HarnessGenerator generator() {
        return new GoHarness();
    }

    @Override
    protected String twoSumAccepted() {
        return ACCEPTED;
    }

    @Override
    protected String twoSumWrongOrder() {
        return ACCEPTED.replace("[]int{j, i}", "[]int{i, j}");
    }

    @Override
    protected String twoSumThrowing() {
        return "package main\n\nfunc twoSum(nums []int, target int) []int {\n\tzero := len(nums) - len(nums)\n"
                + "\treturn []int{1 / zero}\n}\n";
    }

    @Override
    protected String runtimeErrorFragment() {
        return "panic: runtime error: integer divide by zero (solution.go, line 5)";
    }

    @Override
    protected String twoSumLoopingOnThreeNumbers() {
        return ACCEPTED.replace("seen := map[int]int{}", "seen := map[int]int{}\n\tfor len(nums) == 3 {\n\t}");
    }

    @Override
    protected String twoSumNotCompiling() {
        return "package main\nfunc twoSum(nums []int, target int) []int { return []int{0, 1; }\n}\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "solution.go:2";
    }

    @Override
    protected String twoSumMisnamed() {
        return ACCEPTED.replace("func twoSum", "func twoSumm");
    }

    @Override
    protected String misnamedFragment() {
        return "no function twoSum: keep the name of the starter code";
    }

    @Override
    protected String twoSumHoggingMemory() {
        // every page written, so the memory is really taken (the cgroup's OOM killer ends the run)
        return ACCEPTED.replace("seen := map[int]int{}", """
                seen := map[int]int{}
                \thog := make([][]byte, 16)
                \tfor k := range hog {
                \t\thog[k] = make([]byte, 64<<20)
                \t\tfor b := range hog[k] {
                \t\t\thog[k][b] = byte(k + 1)
                \t\t}
                \t}""");
    }

    @Override
    protected String echo(ValueType type) {
        return "package main\n\nfunc echo(x " + GO.typeName(type) + ") " + GO.typeName(type)
                + " {\n\treturn x\n}\n";
    }

    @Override
    protected String twoSumPrintingForeverOnThreeNumbers() {
        String line = "x".repeat(1000);
        return ACCEPTED.replace("\tseen := map[int]int{}", "\tfor len(nums) == 3 {\n\t\tfmt.Println(\"" + line
                + "\")\n\t}\n\tseen := map[int]int{}").replace("\t\t\tfmt.Println(\"found\", i)\n", "");
    }
}
