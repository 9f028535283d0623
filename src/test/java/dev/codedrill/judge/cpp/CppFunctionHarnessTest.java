package dev.codedrill.judge.cpp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.judge.CompileCache;
import dev.codedrill.judge.FunctionHarnessContract;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.cpp.CppHarness;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.ValueType;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CppFunctionHarnessTest extends FunctionHarnessContract {

    private static final String ACCEPTED = """
            class Solution {
            public:
                vector<int> twoSum(vector<int>& nums, int target) {
                    unordered_map<int, int> seen;
                    for (int i = 0; i < (int) nums.size(); i++) {
                        auto it = seen.find(target - nums[i]);
                        if (it != seen.end()) {
                            cout << "found " << i << endl;
                            return {it->second, i};
                        }
                        seen[nums[i]] = i;
                    }
                    return {};
                }
            };
            """;

    @Override
    protected HarnessGenerator generator() {
        return new CppHarness();
    }

    @Override
    protected String twoSumAccepted() {
        return ACCEPTED;
    }

    @Override
    protected String twoSumWrongOrder() {
        return ACCEPTED.replace("return {it->second, i};", "return {i, it->second};");
    }

    @Override
    protected String twoSumThrowing() {
        // volatile: the optimizer cannot see the zero, so the division really happens (and traps)
        return "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"
                + "        volatile int zero = 0;\n        return {target / zero};\n    }\n};\n";
    }

    @Override
    protected String runtimeErrorFragment() {
        return "Floating-point exception (signal 8, SIGFPE)";
    }

    @Override
    protected String twoSumLoopingOnThreeNumbers() {
        return ACCEPTED.replace("unordered_map<int, int> seen;",
                "unordered_map<int, int> seen;\n        volatile bool spin = nums.size() == 3;\n        while (spin) { }");
    }

    @Override
    protected String twoSumNotCompiling() {
        return "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) { return {} }\n};\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "solution.cpp:3";
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
        return ACCEPTED.replace("unordered_map<int, int> seen;",
                "unordered_map<int, int> seen;\n        vector<vector<char>> hog;\n"
                        + "        for (int k = 0; k < 16; k++) hog.emplace_back(64 << 20, 'x');");
    }

    @Override
    protected String echo(ValueType type) {
        String t = LanguageSupports.of("cpp").typeName(type);
        String param = type.dims() > 0 ? t + "&" : t;
        return "class Solution {\npublic:\n    " + t + " echo(" + param + " x) {\n        return x;\n    }\n};\n";
    }

    @Override
    protected String twoSumPrintingForeverOnThreeNumbers() {
        return ACCEPTED.replace("unordered_map<int, int> seen;", "unordered_map<int, int> seen;\n"
                + "        while (nums.size() == 3) cout << string(1000, 'x') << endl;")
                .replace("cout << \"found \" << i << endl;", "");
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
                public:
                    vector<vector<int>> rotate(vector<vector<int>>& matrix) {
                        return {{matrix[1][0], matrix[0][0]}, {matrix[1][1], matrix[0][1]}};
                    }
                };
                """);
        assertThat(result.verdict().accepted()).isFalse();
        String message = result.verdict() instanceof Verdict.RuntimeError e ? e.error()
                : result.verdict() instanceof Verdict.CompilationError c ? c.compilerOutput()
                : result.verdict().toString();
        assertThat(message).as(String.valueOf(result)).contains("must be void rotate(vector<vector<int>>& matrix)");
    }

    @Test
    void aNewSubmissionCompilesOnlyTheLearnersPartAndLinksTheHarnessCompiledOnceForTheProblem() {
        judge(twoSum(), ACCEPTED + "// first " + UUID.randomUUID() + "\n"); // the harness's object is made by now
        CompileCache cache = compileCache();
        long hits = cache.hits();
        long misses = cache.misses();
        int entries = cache.size();

        JudgeResult result = judge(twoSum(), twoSumWrongOrder() + "// second " + UUID.randomUUID() + "\n");

        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.WrongAnswer.class);
        assertThat(result.compileCached()).isFalse();
        assertThat(cache.misses() - misses).as("the new code's compile, looked up and not found").isEqualTo(1);
        assertThat(cache.hits() - hits).as("the harness's object, found").isEqualTo(1);
        assertThat(cache.size() - entries).as("only the new program was kept").isEqualTo(1);
    }
}
