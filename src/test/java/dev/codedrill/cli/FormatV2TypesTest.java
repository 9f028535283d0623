package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codedrill.lang.LanguageSupports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The types and the problem kind of the format's second version, in every language, judged for real in the shared
 * test daemon through the CLI: a design class replayed call by call, arrays of linked lists, a list with a cycle, a
 * graph that must be copied, and maps given and returned. Each language's solutions are resources,
 * {@code dev/codedrill/formatv2/<language>/<case>.<extension>}; a missing one fails its test.
 */
class FormatV2TypesTest {

    @TempDir
    static Path temp;

    private static final Map<String, TempProblemJudge> PROBLEMS = new HashMap<>();

    @BeforeAll
    static void theProblems() throws IOException {
        Path root = temp;
        PROBLEMS.put("tally", TempProblemJudge.write(root, "tally", """
                {"id": "tally", "title": "Tally", "difficulty": "easy", "tags": ["arrays"], "kind": "design",
                 "design": {"constructor": "Tally(start: int)",
                            "methods": ["add(x: int) -> void", "total() -> long", "label(prefix: string) -> string",
                                        "history() -> int[]", "isEmpty() -> bool"]}}""",
                "# Tally\n\nKeep a running total that starts at `start`.\n", """
                [{"name": "example", "input": {"calls": ["Tally", "isEmpty", "add", "add", "total", "label", "history"],
                   "args": [[10], [], [5], [-2], [], ["sum"], []]},
                  "expected": [null, true, null, null, 13, "sum:13", [5, -2]], "sample": true},
                 {"name": "nothing added", "input": {"calls": ["Tally", "total", "history", "label"],
                   "args": [[-4], [], [], [""]]}, "expected": [null, -4, [], ":-4"], "sample": false},
                 {"name": "big total", "input": {"calls": ["Tally", "add", "add", "add", "total", "isEmpty"],
                   "args": [[2000000000], [2000000000], [2000000000], [7], [], []]},
                  "expected": [null, null, null, null, 6000000007, false], "sample": false}]"""));
        PROBLEMS.put("reverse-each", TempProblemJudge.write(root, "reverse-each", """
                {"id": "reverse-each", "title": "Reverse Each", "difficulty": "easy", "tags": ["linked-lists"],
                 "kind": "function", "signature": "reverseEach(lists: ListNode[]) -> ListNode[]"}""",
                "# Reverse Each\n\nReverse every list of the array, keeping the array's order.\n", """
                [{"name": "two", "input": {"lists": [[1,2,3],[4,5]]}, "expected": [[3,2,1],[5,4]], "sample": true},
                 {"name": "with empty lists", "input": {"lists": [[],[7],[]]}, "expected": [[],[7],[]], "sample": false},
                 {"name": "no lists", "input": {"lists": []}, "expected": [], "sample": false}]"""));
        PROBLEMS.put("has-cycle", TempProblemJudge.write(root, "has-cycle", """
                {"id": "has-cycle", "title": "Has Cycle", "difficulty": "easy", "tags": ["linked-lists"],
                 "kind": "function", "signature": "hasCycle(head: ListNode) -> bool"}""",
                "# Has Cycle\n\nSay whether following next from head ever comes back to a node.\n", """
                [{"name": "cycle to 1", "input": {"head": {"list": [3,2,0,-4], "pos": 1}}, "expected": true, "sample": true},
                 {"name": "plain list", "input": {"head": [1,2,3]}, "expected": false, "sample": false},
                 {"name": "no cycle written as pos -1", "input": {"head": {"list": [1,2], "pos": -1}}, "expected": false,
                  "sample": false},
                 {"name": "one node onto itself", "input": {"head": {"list": [1], "pos": 0}}, "expected": true, "sample": false},
                 {"name": "empty", "input": {"head": []}, "expected": false, "sample": false}]"""));
        PROBLEMS.put("clone", TempProblemJudge.write(root, "clone", """
                {"id": "clone", "title": "Clone", "difficulty": "medium", "tags": ["graphs"],
                 "kind": "function", "signature": "cloneGraph(node: GraphNode) -> GraphNode"}""",
                "# Clone\n\nReturn a deep copy of the connected graph.\n", """
                [{"name": "square", "input": {"node": [[2,4],[1,3],[2,4],[1,3]]}, "expected": [[2,4],[1,3],[2,4],[1,3]],
                  "sample": true},
                 {"name": "one node", "input": {"node": [[]]}, "expected": [[]], "sample": false},
                 {"name": "no graph", "input": {"node": []}, "expected": [], "sample": false},
                 {"name": "path", "input": {"node": [[2],[1,3],[2]]}, "expected": [[2],[1,3],[2]], "sample": false}]"""));
        PROBLEMS.put("count-words", TempProblemJudge.write(root, "count-words", """
                {"id": "count-words", "title": "Count Words", "difficulty": "easy", "tags": ["hash-maps"],
                 "kind": "function", "signature": "countWords(words: string[]) -> map<string, int>"}""",
                "# Count Words\n\nCount how often each word occurs.\n", """
                [{"name": "some", "input": {"words": ["a","b","a","ü"]}, "expected": {"a": 2, "b": 1, "ü": 1}, "sample": true},
                 {"name": "none", "input": {"words": []}, "expected": {}, "sample": false}]"""));
        PROBLEMS.put("lookup", TempProblemJudge.write(root, "lookup", """
                {"id": "lookup", "title": "Lookup", "difficulty": "easy", "tags": ["hash-maps"],
                 "kind": "function", "signature": "lookup(names: map<int, string>, scores: map<string, int[]>, id: int) -> int"}""",
                "# Lookup\n\nThe sum of the scores of the name of `id`, or -1 when `id` has no name.\n", """
                [{"name": "found", "input": {"names": {"7": "ann", "-3": "bo"}, "scores": {"ann": [1,2,3], "bo": []}, "id": 7},
                  "expected": 6, "sample": true},
                 {"name": "negative key", "input": {"names": {"7": "ann", "-3": "bo"}, "scores": {"ann": [1], "bo": [5,5]},
                  "id": -3}, "expected": 10, "sample": false},
                 {"name": "missing", "input": {"names": {}, "scores": {}, "id": 1}, "expected": -1, "sample": false}]"""));
    }

    private static JsonNode judge(String problem, String language, String solution) throws IOException {
        return PROBLEMS.get(problem).judge(language, source(language, solution));
    }

    private static String source(String language, String name) throws IOException {
        String extension = LanguageSupports.of(language).solutionFile().replaceAll(".*\\.", "");
        String resource = "/dev/codedrill/formatv2/" + language + "/" + name + "." + extension;
        try (InputStream in = FormatV2TypesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("the solution " + resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertAccepted(JsonNode result, int tests) {
        assertThat(result.path("verdict").asText()).as(result.toPrettyString()).isEqualTo("ACCEPTED");
        assertThat(result.path("passed").asInt()).isEqualTo(tests);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "javascript", "java", "cpp", "go", "php", "rust"})
    void aDesignClassIsReplayedCallByCallAndAWrongOneIsToldWhichCallFailed(String language) throws IOException {
        assertAccepted(judge("tally", language, "tally"), 3);

        JsonNode wrong = judge("tally", language, "tally_forgets_start");

        JsonNode first = wrong.get("tests").get(0);
        assertThat(first.get("verdict").asText()).as(wrong.toPrettyString()).isEqualTo("WRONG_ANSWER");
        assertThat(first.get("feedback").asText()).isEqualTo("Call 5 of 7, total(), returned 3; expected 13.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "javascript", "java", "cpp", "go", "php", "rust"})
    void arraysOfListsAreGivenAndReturned(String language) throws IOException {
        assertAccepted(judge("reverse-each", language, "reverse_each"), 3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "javascript", "java", "cpp", "go", "php"})
    void aListWhoseTailLinksBackHasACycle(String language) throws IOException {
        assertAccepted(judge("has-cycle", language, "has_cycle"), 5);
    }

    /** Rust's {@code Option<Box<ListNode>>} owns each node once: a list with a cycle cannot be built, and says so. */
    @org.junit.jupiter.api.Test
    void inRustATestWithACycleSaysItCannotBeBuiltAndTheOthersAreJudged() throws IOException {
        JsonNode result = judge("has-cycle", "rust", "has_cycle");

        JsonNode tests = result.get("tests");
        assertThat(tests).as(result.toPrettyString()).hasSize(5);
        for (int cyclic : new int[] {0, 3}) {
            assertThat(tests.get(cyclic).get("verdict").asText()).isEqualTo("RUNTIME_ERROR");
            assertThat(tests.get(cyclic).get("error").asText()).contains("Option<Box<ListNode>> cannot hold");
        }
        for (int plain : new int[] {1, 2, 4}) {
            assertThat(tests.get(plain).get("verdict").asText()).isEqualTo("ACCEPTED");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "javascript", "java", "cpp", "go", "php", "rust"})
    void aGraphIsCopiedAndReturningTheGivenNodeIsAWrongAnswerThatSaysSo(String language) throws IOException {
        assertAccepted(judge("clone", language, "clone_graph"), 4);

        JsonNode same = judge("clone", language, "clone_returns_original");

        JsonNode first = same.get("tests").get(0);
        assertThat(first.get("verdict").asText()).as(same.toPrettyString()).isEqualTo("WRONG_ANSWER");
        assertThat(first.get("feedback").asText()).contains("not a copy");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "javascript", "java", "cpp", "go", "php", "rust"})
    void mapsAreGivenAndReturnedAnEmptyOneAsAnObject(String language) throws IOException {
        assertAccepted(judge("count-words", language, "count_words"), 2);
        assertAccepted(judge("lookup", language, "lookup"), 3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "javascript", "java", "cpp", "go", "php", "rust"})
    void theDesignStarterDeclaresTheClassAndEveryMethod(String language) throws IOException {
        String starter = dev.codedrill.lang.starter.StarterCode.forProblem(
                new dev.codedrill.problem.ProblemLoader(LanguageSupports.byExtension())
                        .load(java.util.List.of(temp.resolve("pack"))).find("tally").orElseThrow(), language);
        assertThat(starter).contains("Tally");
        for (String method : new String[] {"add", "total", "label", "history"}) {
            assertThat(starter.toLowerCase(java.util.Locale.ROOT)).contains(method);
        }
        assertThat(starter.toLowerCase(java.util.Locale.ROOT)).containsAnyOf("isempty", "is_empty");
    }
}
