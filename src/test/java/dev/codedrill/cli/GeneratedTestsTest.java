package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codedrill.testing.SharedTestDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem's generator run for real: in the submission's sandbox on the shared test daemon, through {@code codedrill
 * judge}; its tests judge the submission beside tests.json's, are kept in the data folder and read from there next
 * time, and a generator that fails is the problem's fault, said as such.
 */
class GeneratedTestsTest {

    @TempDir
    Path temp;

    private static final String META = """
            {"id": "%s", "title": "Max Of", "difficulty": "easy", "tags": ["arrays"], "kind": "function",
             "signature": "maxOf(nums: int[]) -> int", "generator": {"seed": 2026, "tests": 3}}""";
    private static final String TESTS = """
            [{"name": "example", "input": {"nums": [1, 5, 2]}, "expected": 5, "sample": true}]""";
    /** Three tests from the seed, the last with 200,000 numbers: the largest is never first. */
    private static final String GENERATOR = """
            import json, random, sys
            # %s
            rng = random.Random(int(sys.argv[1]))
            tests = []
            for i, n in enumerate([5, 1000, 200000]):
                nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
                nums[0] = min(nums) - 1 if n > 1 else nums[0]
                tests.append({"name": "random %%d" %% n, "input": {"nums": nums}, "expected": max(nums)})
            json.dump(tests, sys.stdout)
            """;

    private TempProblemJudge problem(String id, String generator) throws IOException {
        TempProblemJudge judge = TempProblemJudge.write(temp, id, META.formatted(id), "# Max Of\n\nThe largest.\n",
                TESTS);
        Files.writeString(judge.dir().resolve("generator.py"), generator);
        return judge;
    }

    private static List<Path> kept(String id) throws IOException {
        Path dir = SharedTestDaemon.dataDir().resolve("generated-tests");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(id + "-")
                    && f.getFileName().toString().endsWith(".json")).toList();
        }
    }

    @Test
    void theGeneratorsTestsJudgeASubmissionBesideTestsJsonAndAreKeptForTheNextRun() throws IOException {
        // a generator of its own each run: nothing kept by an earlier run of this test can stand in for it
        TempProblemJudge judge = problem("max-of", GENERATOR.formatted(UUID.randomUUID()));
        assertThat(kept("max-of")).isEmpty();

        JsonNode right = judge.judge("python", "class Solution:\n    def maxOf(self, nums):\n        return max(nums)\n");
        JsonNode first = judge.judge("python", "class Solution:\n    def maxOf(self, nums):\n        return nums[0]\n");

        assertThat(right.path("verdict").asText()).as(right.toPrettyString()).isEqualTo("ACCEPTED");
        assertThat(right.path("total").asInt()).isEqualTo(4);
        assertThat(right.path("tests").get(3).path("name").asText()).isEqualTo("random 200000");
        assertThat(first.path("verdict").asText()).isEqualTo("WRONG_ANSWER");
        assertThat(first.path("tests").get(0).path("verdict").asText()).isEqualTo("WRONG_ANSWER"); // example: 1 ≠ 5
        assertThat(first.path("tests").get(2).path("verdict").asText()).isEqualTo("WRONG_ANSWER"); // a generated one
        List<Path> kept = kept("max-of");
        assertThat(kept).hasSize(1);

        // what is kept is what the next run reads: change an answer in it and the right code is now wrong there
        String made = Files.readString(kept.get(0));
        JsonNode tests = new com.fasterxml.jackson.databind.ObjectMapper().readTree(made);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tests.get(0)).put("expected", 123456);
        Files.writeString(kept.get(0), tests.toString());
        JsonNode again = judge.judge("python", "class Solution:\n    def maxOf(self, nums):\n        return max(nums)\n");
        assertThat(again.path("tests").get(1).path("verdict").asText()).as(again.toPrettyString())
                .isEqualTo("WRONG_ANSWER");
        Files.delete(kept.get(0));
    }

    @Test
    void aGeneratorThatFailsIsTheProblemsFaultAndTheLearnerIsToldWhy() throws IOException {
        TempProblemJudge judge = problem("broken-generator", "# " + UUID.randomUUID()
                + "\nimport sys\nraise ValueError('planted: no tests today')\n");

        JsonNode result = judge.judge("python", "class Solution:\n    def maxOf(self, nums):\n        return max(nums)\n");

        assertThat(result.path("verdict").asText()).as(result.toPrettyString()).isEqualTo("INTERNAL_ERROR");
        assertThat(result.path("detail").asText()).contains("hidden tests could not be made")
                .contains("ValueError: planted: no tests today").contains("not your code's");
        assertThat(kept("broken-generator")).isEmpty();
    }

    @Test
    void aGeneratorThatPrintsTheWrongTestsSaysWhichAndWhere() throws IOException {
        TempProblemJudge judge = problem("wrong-generator", "# " + UUID.randomUUID() + "\nimport json\n"
                + "print(json.dumps([{'name': 'a', 'input': {'nums': [1]}, 'expected': 'one'}] * 3))\n");

        JsonNode result = judge.judge("python", "class Solution:\n    def maxOf(self, nums):\n        return max(nums)\n");

        assertThat(result.path("verdict").asText()).as(result.toPrettyString()).isEqualTo("INTERNAL_ERROR");
        assertThat(result.path("detail").asText()).contains("generator.py at $[0].expected")
                .contains("must be an int");
    }
}
