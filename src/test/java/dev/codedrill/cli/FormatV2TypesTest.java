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
                {"id": "count-words", "title": "Count Words", "difficulty": "easy", "tags": ["arrays", "hash-maps"],
                 "kind": "function", "signature": "countWords(words: string[]) -> map<string, int>"}""",
                "# Count Words\n\nCount how often each word occurs.\n", """
                [{"name": "some", "input": {"words": ["a","b","a","ü"]}, "expected": {"a": 2, "b": 1, "ü": 1}, "sample": true},
                 {"name": "none", "input": {"words": []}, "expected": {}, "sample": false}]"""));
        PROBLEMS.put("lookup", TempProblemJudge.write(root, "lookup", """
                {"id": "lookup", "title": "Lookup", "difficulty": "easy", "tags": ["arrays", "hash-maps"],
                 "kind": "function", "signature": "lookup(names: map<int, string>, scores: map<string, int[]>, id: int) -> int"}""",
                "# Lookup\n\nThe sum of the scores of the name of `id`, or -1 when `id` has no name.\n", """
                [{"name": "found", "input": {"names": {"7": "ann", "-3": "bo"}, "scores": {"ann": [1,2,3], "bo": []}, "id": 7},
                  "expected": 6, "sample": true},
                 {"name": "negative key", "input": {"names": {"7": "ann", "-3": "bo"}, "scores": {"ann": [1], "bo": [5,5]},
                  "id": -3}, "expected": 10, "sample": false},
                 {"name": "missing", "input": {"names": {}, "scores": {}, "id": 1}, "expected": -1, "sample": false}]"""));
        PROBLEMS.put("first-twice", TempProblemJudge.write(root, "first-twice", """
                {"id": "first-twice", "title": "First Twice", "difficulty": "easy", "tags": ["arrays", "strings"],
                 "kind": "function", "signature": "firstTwice(s: string, skip: char[]) -> char?"}""",
                "# First Twice\n\nThe first character of `s` seen a second time, leaving out those in `skip`; none "
                        + "when no character repeats.\n", """
                [{"name": "a", "input": {"s": "abca", "skip": []}, "expected": "a", "sample": true},
                 {"name": "space", "input": {"s": "a b c", "skip": []}, "expected": " ", "sample": false},
                 {"name": "tilde", "input": {"s": "x y~~", "skip": []}, "expected": "~", "sample": false},
                 {"name": "all skipped", "input": {"s": "abab", "skip": ["a", "b"]}, "expected": null, "sample": false},
                 {"name": "empty", "input": {"s": "", "skip": []}, "expected": null, "sample": false}]"""));
        PROBLEMS.put("find-index", TempProblemJudge.write(root, "find-index", """
                {"id": "find-index", "title": "Find Index", "difficulty": "easy", "tags": ["arrays"],
                 "kind": "function", "signature": "findIndex(nums: int[], target: int) -> int?"}""",
                "# Find Index\n\nThe first index of `target` in `nums`; none when it is not there.\n", """
                [{"name": "found", "input": {"nums": [4, 7, 7], "target": 7}, "expected": 1, "sample": true},
                 {"name": "empty", "input": {"nums": [], "target": 3}, "expected": null, "sample": false},
                 {"name": "zero at zero", "input": {"nums": [0], "target": 0}, "expected": 0, "sample": false},
                 {"name": "absent", "input": {"nums": [-1], "target": 1}, "expected": null, "sample": false}]"""));
        PROBLEMS.put("fill-board", TempProblemJudge.write(root, "fill-board", """
                {"id": "fill-board", "title": "Fill Board", "difficulty": "easy", "tags": ["arrays", "matrix"],
                 "kind": "function", "signature": "fill(board: char[][], target: char, mark: char) -> void"}""",
                "# Fill Board\n\nReplace every `target` of the board by `mark`, in place.\n", """
                [{"name": "corners", "input": {"board": [["O","X"],["X","O"]], "target": "O", "mark": "."},
                  "expected": [[".","X"],["X","."]], "sample": true},
                 {"name": "nothing to fill", "input": {"board": [["a"]], "target": "b", "mark": "c"},
                  "expected": [["a"]], "sample": false},
                 {"name": "space and tilde", "input": {"board": [[" ","~"," "]], "target": " ", "mark": "#"},
                  "expected": [["#","~","#"]], "sample": false},
                 {"name": "quote and backslash", "input": {"board": [["\\"","\\\\"]], "target": "\\\\", "mark": "\\""},
                  "expected": [["\\"","\\""]], "sample": false},
                 {"name": "no rows", "input": {"board": [], "target": "O", "mark": "X"}, "expected": [], "sample": false}]"""));
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
    void charsAreGivenAndReturnedAndABoardOfThemIsChangedInPlace(String language) throws IOException {
        assertAccepted(judge("first-twice", language, "first_twice"), 5);
        assertAccepted(judge("fill-board", language, "fill_board"), 5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "javascript", "java", "cpp", "go", "php", "rust"})
    void aNullableResultIsEitherAValueOrNoneAndMinusOneIsNotNone(String language) throws IOException {
        assertAccepted(judge("find-index", language, "find_index"), 4);

        JsonNode wrong = judge("find-index", language, "find_index_minus_one");

        JsonNode tests = wrong.get("tests");
        assertThat(tests.get(0).get("verdict").asText()).as(wrong.toPrettyString()).isEqualTo("ACCEPTED");
        assertThat(tests.get(1).get("verdict").asText()).isEqualTo("WRONG_ANSWER");
        assertThat(tests.get(2).get("verdict").asText()).isEqualTo("ACCEPTED");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "javascript", "java", "cpp", "go", "php", "rust"})
    void theStarterOfACharAndANullableSignatureIsTheLanguagesOwn(String language) {
        var library = new dev.codedrill.problem.ProblemLoader(LanguageSupports.byExtension())
                .load(java.util.List.of(temp.resolve("pack")));
        String firstTwice = dev.codedrill.lang.starter.StarterCode.forProblem(
                library.find("first-twice").orElseThrow(), language);
        String findIndex = dev.codedrill.lang.starter.StarterCode.forProblem(
                library.find("find-index").orElseThrow(), language);
        assertThat(firstTwice).contains(STARTER_TYPES.get(language)[0]);
        assertThat(findIndex).contains(STARTER_TYPES.get(language)[1]);
    }

    /** What each language's starter calls a char array parameter, and an {@code int?} result. */
    private static final Map<String, String[]> STARTER_TYPES = Map.of(
            "python", new String[] {"skip: List[str]", "-> Optional[int]"},
            "javascript", new String[] {"@param {character[]} skip", "@return {number|null}"},
            "java", new String[] {"char[] skip", "public Integer findIndex"},
            "cpp", new String[] {"vector<char>& skip", "optional<int> findIndex"},
            "go", new String[] {"skip []byte", ") *int {"},
            "php", new String[] {"@param String[] $skip", "@return Integer|null"},
            "rust", new String[] {"skip: Vec<char>", "-> Option<i32>"});

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
