package dev.codedrill.lang.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.lang.cpp.CppHarness;
import dev.codedrill.lang.java.JavaHarness;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.testing.DockerCli;
import dev.codedrill.testing.TestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline runner image comes with its compilers warmed (packaging/images/build-offline-images.sh): a precompiled
 * bits/stdc++.h, the same less &lt;future&gt; and &lt;filesystem&gt; precompiled for the C++ harnesses, and a
 * class-data archive for javac. Each only helps while it matches the flags the harnesses
 * compile with; these tests compile real harness files with those very flags in the real image, and fail when
 * the two drift apart.
 */
class WarmCompilersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Problem plusOne() {
        List<TestCase> tests = List.of(new TestCase(0, "n=1", JSON.createObjectNode().put("n", 1),
                JSON.getNodeFactory().numberNode(2), true));
        return new Problem("plus-one", "Plus one", Difficulty.EASY, List.of(), ProblemKind.FUNCTION,
                Signature.parse("solve(n: int) -> int"), ComparatorSpec.EXACT, 1000, 256, "", tests, Path.of("."));
    }

    @Test
    void theCppHarnessAndTheLearnersPartCompiledWithTheJudgesFlagsUseTheLeanPrecompiledHeader() throws IOException {
        RunPlan plan = new CppHarness().function(plusOne(),
                "class Solution {\npublic:\n    int solve(int n) { return n + 1; }\n};\n", plusOne().tests());
        write(plan.files());

        // g++ lists each header it reads; "!" marks a precompiled one it could use
        DockerCli.Result result = inImage(listingHeaders(plan.prebuilt().compile()) + " && "
                + listingHeaders(plan.compile()) + " && ./main && cat results.jsonl");

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output().lines().filter(line -> line.startsWith("! ")).toList()).as(result.output())
                .hasSize(2).allMatch(line -> line.endsWith(CppHarness.LEAN_LIBRARY + ".gch"));
        assertThat(result.output()).contains("\"value\": 2");
    }

    @Test
    void cppCodeUsingANameOfFutureGetsTheWholeLibraryPrecompiled() throws IOException {
        RunPlan plan = new CppHarness().function(plusOne(), "class Solution {\npublic:\n    int solve(int n) {\n"
                + "        return std::async(std::launch::deferred, [n] { return n + 1; }).get();\n    }\n};\n",
                plusOne().tests());
        write(plan.files());

        DockerCli.Result result = inImage(listingHeaders(plan.prebuilt().compile()) + " && "
                + listingHeaders(plan.compile()) + " && ./main && cat results.jsonl");

        assertThat(result.exit()).as(result.output()).isZero();
        List<String> precompiled = result.output().lines().filter(line -> line.startsWith("! ")).toList();
        assertThat(precompiled).as(result.output()).hasSize(2);
        assertThat(precompiled.get(0)).as("the harness's part").endsWith(CppHarness.LEAN_LIBRARY + ".gch");
        assertThat(precompiled.get(1)).as("the learner's part").endsWith("bits/stdc++.h.gch");
        assertThat(result.output()).contains("\"value\": 2");
    }

    @Test
    void aCppProgramThatIncludesBitsStdcxxUsesItsPrecompiledHeader() throws IOException {
        StdioPlan plan = new CppHarness().stdio("#include <bits/stdc++.h>\nusing namespace std;\n"
                + "int main() { vector<int> v{3, 1, 2}; sort(v.begin(), v.end()); cout << v[0] << endl; }\n");
        write(Map.of(plan.sourceFile(), plan.source().getBytes(StandardCharsets.UTF_8)));

        DockerCli.Result result = inImage(listingHeaders(plan.compile()) + " && ./main");

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output().lines()).as(result.output())
                .anyMatch(line -> line.startsWith("! ") && line.endsWith("bits/stdc++.h.gch"));
    }

    /** A g++ command that lists each header it reads, "!" marking a precompiled one it could use. */
    private static String listingHeaders(List<String> compile) {
        List<String> listing = new ArrayList<>(compile);
        listing.add(1, "-H");
        return String.join(" ", listing);
    }

    @Test
    void javacWithTheJudgesOptionsMapsItsClassDataArchive() throws IOException {
        RunPlan plan = new JavaHarness().function(plusOne(),
                "class Solution {\n    public int solve(int n) { return n + 1; }\n}\n", plusOne().tests());
        write(plan.files());
        List<String> compile = new ArrayList<>(plan.compile());
        compile.add(compile.indexOf("javac") + 1, "-J-Xshare:on"); // the JVM refuses to start when it cannot map the archives it is given

        DockerCli.Result result = inImage(String.join(" ", compile));

        assertThat(compile).contains("-J-XX:SharedArchiveFile=" + JavaHarness.JAVAC_ARCHIVE);
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).doesNotContainIgnoringCase("shared archive");
    }

    private void write(Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
    }

    /** Runs a command in a throwaway container of the runner image, on a copy of the files, with no network. */
    private DockerCli.Result inImage(String command) {
        return DockerCli.run("run", "--rm", "--network", "none", "-v", dir.toAbsolutePath() + ":/src:ro",
                "-w", "/tmp/build", TestEngine.runnerImage(), "sh", "-c", "cp -r /src/. . && " + command);
    }
}
