package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stdio problem with many right answers, judged by its own checker.py (Kattis's output-validator protocol) in the
 * real sandbox of the shared test daemon: any valid answer is accepted, a wrong one is a wrong answer that carries the
 * checker's words, and a checker that breaks is the problem's fault, never the learner's.
 */
class CustomCheckerTest {

    private static final String ID = "any-pair-sum";
    private static final String CHECKER = """
            import sys
            values, target = None, None
            with open(sys.argv[1]) as f:
                n, target = map(int, f.readline().split())
                values = list(map(int, f.readline().split()))
            def reject(why):
                with open(sys.argv[3] + "/judgemessage.txt", "w") as fb:
                    fb.write(why)
                sys.exit(43)
            words = sys.stdin.read().split()
            if len(words) != 2 or not all(w.isdigit() for w in words):
                reject("expected two positions, got %r" % " ".join(words)[:80])
            i, j = map(int, words)
            if not (1 <= i < j <= len(values)):
                reject("positions must satisfy 1 <= i < j <= %d, got %d %d" % (len(values), i, j))
            if values[i - 1] + values[j - 1] != target:
                reject("positions %d and %d hold %d and %d, which sum to %d, not %d"
                       % (i, j, values[i - 1], values[j - 1], values[i - 1] + values[j - 1], target))
            sys.exit(42)
            """;

    @TempDir
    static Path temp;

    private static TempProblemJudge problem;
    private static Path dir;

    @BeforeAll
    static void aProblemWithAChecker() throws IOException {
        // each test has several right answers; "expected" is one of them
        problem = TempProblemJudge.write(temp, ID, """
                {"id": "%s", "title": "Any Pair Sum", "difficulty": "easy", "tags": ["arrays"], "kind": "stdio",
                 "comparator": {"type": "checker"}, "timeLimitMs": 2000}""".formatted(ID),
                "# Any Pair Sum\n\nPrint any two positions i < j whose values sum to the target.\n", """
                [{"name": "two ways", "input": "4 5\\n1 4 2 3\\n", "expected": "1 2\\n", "sample": true},
                 {"name": "three ways", "input": "6 7\\n1 6 2 5 3 4\\n", "expected": "1 2\\n", "sample": false}]""");
        dir = problem.dir();
        Files.writeString(dir.resolve("checker.py"), CHECKER);
    }

    private static JsonNode judge(String source) throws IOException {
        return problem.judge("python", source);
    }

    @Test
    void anAnswerOtherThanTheExpectedOneIsAcceptedWhenTheCheckerAcceptsIt() throws IOException {
        // the last valid pair, never the one in "expected"
        JsonNode result = judge("""
                n, t = map(int, input().split())
                v = list(map(int, input().split()))
                pairs = [(i, j) for i in range(n) for j in range(i + 1, n) if v[i] + v[j] == t]
                print(pairs[-1][0] + 1, pairs[-1][1] + 1)
                """);

        assertThat(result.get("verdict").asText()).isEqualTo("ACCEPTED");
        assertThat(result.get("passed").asInt()).isEqualTo(2);
    }

    @Test
    void aWrongAnswerCarriesTheCheckersMessage() throws IOException {
        JsonNode result = judge("input()\nprint('1 3')\n");

        assertThat(result.get("verdict").asText()).isEqualTo("WRONG_ANSWER");
        JsonNode first = result.get("tests").get(0);
        assertThat(first.get("verdict").asText()).isEqualTo("WRONG_ANSWER");
        assertThat(first.get("feedback").asText()).isEqualTo("positions 1 and 3 hold 1 and 2, which sum to 3, not 5");
    }

    @Test
    void aCheckerThatBreaksIsAnInternalErrorThatBlamesTheProblemNotTheLearner() throws IOException {
        String good = Files.readString(dir.resolve("checker.py"));
        Files.writeString(dir.resolve("checker.py"), "import sys\nraise SystemExit(3)\n");
        try {
            JsonNode result = judge("input()\nprint('1 2')\n");

            assertThat(result.get("verdict").asText()).isEqualTo("INTERNAL_ERROR");
            assertThat(result.get("tests").get(0).get("verdict").asText()).isEqualTo("INTERNAL_ERROR");
        } finally {
            Files.writeString(dir.resolve("checker.py"), good);
        }
    }
}
