package dev.codedrill.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.harness.InputEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format's second version as the loader reads it: design problems and their call sequences, maps, graphs, arrays
 * of lists and lists with a cycle; each fault said with its file's JSON path, and the token stream the harnesses read.
 */
class FormatV2LoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private static final String MIN_STACK = """
            {"id": "%s", "title": "Min Stack", "difficulty": "easy", "tags": ["stacks"], "kind": "design",
             "design": {"constructor": "MinStack()", "methods": ["push(val: int) -> void", "pop() -> void",
                        "top() -> int", "getMin() -> int"]}}""";

    private void problem(String id, String meta, String tests) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id));
        Files.writeString(dir.resolve("problem.json"), meta.formatted(id));
        Files.writeString(dir.resolve("statement.md"), "# Title\n");
        Files.writeString(dir.resolve("tests.json"), tests);
    }

    private ProblemLibrary load() {
        return new ProblemLoader(LanguageSupports.byExtension()).load(List.of(root));
    }

    private BrokenProblem onlyBroken() {
        ProblemLibrary library = load();
        assertThat(library.broken()).hasSize(1);
        return library.broken().get(0);
    }

    @Test
    void aDesignProblemLoadsWithItsClassAndItsCallsAndEncodesThemByMethodNumber() throws IOException {
        problem("min-stack", MIN_STACK, """
                [{"name": "e", "input": {"calls": ["MinStack", "push", "push", "getMin", "pop", "top"],
                  "args": [[], [-2], [0], [], [], []]}, "expected": [null, null, null, -2, null, -2], "sample": true}]""");

        Problem p = load().find("min-stack").orElseThrow();

        assertThat(p.kind()).isEqualTo(ProblemKind.DESIGN);
        assertThat(p.signature()).isNull();
        assertThat(p.design().name()).isEqualTo("MinStack");
        assertThat(p.design().methods()).extracting(DesignClass.Method::toString).containsExactly(
                "push(val: int) -> void", "pop() -> void", "top() -> int", "getMin() -> int");
        assertThat(InputEncoder.encode(p.design(), p.tests())).isEqualTo("1\n6\n\n0 -2\n0 0\n3\n1\n2\n");
    }

    @Test
    void aCallOfAMethodTheClassDoesNotHaveIsReportedWithItsPath() throws IOException {
        problem("min-stack", MIN_STACK, """
                [{"name": "e", "input": {"calls": ["MinStack", "peek"], "args": [[], []]}, "expected": [null, 1]}]""");
        BrokenProblem broken = onlyBroken();
        assertThat(broken.jsonPath()).isEqualTo("$[0].input.calls[1]");
        assertThat(broken.message()).isEqualTo("\"peek\" is not a method of MinStack");
    }

    @Test
    void aDesignTestMustStartWithTheConstructorAndGiveEachCallItsArguments() throws IOException {
        problem("a", MIN_STACK, """
                [{"name": "e", "input": {"calls": ["push"], "args": [[1]]}, "expected": [null]}]""");
        problem("b", MIN_STACK, """
                [{"name": "e", "input": {"calls": ["MinStack", "push"], "args": [[], []]}, "expected": [null, null]}]""");
        problem("c", MIN_STACK, """
                [{"name": "e", "input": {"calls": ["MinStack", "push"], "args": [[], [1]]}, "expected": [null, 5]}]""");
        List<BrokenProblem> broken = load().broken();
        assertThat(broken).extracting(BrokenProblem::jsonPath)
                .containsExactlyInAnyOrder("$[0].input.calls[0]", "$[0].input.args[1]", "$[0].expected[1]");
        assertThat(broken).extracting(BrokenProblem::message).contains(
                "must be \"MinStack\": the first call makes the object",
                "must be an array of 1 argument for push",
                "must be null: push returns nothing");
    }

    @Test
    void aDesignProblemNeedsItsDesignAndHasNoSignature() throws IOException {
        problem("p", """
                {"id": "%s", "title": "P", "difficulty": "easy", "tags": ["stacks"], "kind": "design",
                 "signature": "f() -> int"}""", "[]");
        BrokenProblem broken = onlyBroken();
        assertThat(broken.jsonPath()).isEqualTo("$.signature");
        assertThat(broken.message()).contains("instead of a signature");
    }

    @Test
    void mapsGraphsListArraysAndCyclesParseAndAreCheckedWithTheirPaths() throws IOException {
        assertThat(ValueType.parse("map<string, int[]>").toString()).isEqualTo("map<string, int[]>");
        assertThat(ValueType.parse("ListNode[]").dims()).isEqualTo(1);
        assertThat(Signature.parse("f(a: map<int, string>, b: GraphNode) -> map<string, bool>").params())
                .extracting(p -> p.type().toString()).containsExactly("map<int, string>", "GraphNode");
        assertThatThrownBy(() -> ValueType.parse("map<double, int>")).hasMessageContaining("keys are string or int");
        assertThatThrownBy(() -> ValueType.parse("map<string, ListNode>")).hasMessageContaining("a map's values");
        assertThatThrownBy(() -> ValueType.parse("GraphNode[]")).hasMessageContaining("cannot be an array element");

        ValueType counts = ValueType.parse("map<int, int>");
        assertThat(counts.check(node("{\"7\": 1, \"-2\": 3}"), "$.x")).isEmpty();
        assertThat(counts.check(node("{\"seven\": 1}"), "$.x")).contains(
                "$.x[\"seven\"]: the keys of map<int, int> are ints (written as JSON strings: \"7\"), not \"seven\"");
        ValueType list = ValueType.parse("ListNode");
        assertThat(list.check(node("{\"list\": [1, 2], \"pos\": 0}"), "$.h")).isEmpty();
        assertThat(list.check(node("{\"list\": [1, 2], \"pos\": 2}"), "$.h")).contains(
                "$.h.pos must be -1 (no cycle) or the index of a node of the list (0 to 1), not the number 2");
        ValueType graph = ValueType.parse("GraphNode");
        assertThat(graph.check(node("[[2], [1]]"), "$.g")).isEmpty();
        assertThat(graph.check(node("[[3], [1]]"), "$.g")).contains("$.g[0][0] must be a node's value, 1 to 2, not the "
                + "number 3");
    }

    @Test
    void theNewTypesAreEncodedForTheHarnesses() throws IOException {
        Signature s = Signature.parse("f(h: ListNode, ls: ListNode[], g: GraphNode, m: map<string, int[]>) -> int");
        TestCase test = new TestCase(0, "t", node("""
                {"h": {"list": [3, 2, 0], "pos": 1}, "ls": [[1], []], "g": [[2, 3], [1], [1]], "m": {"a": [1, 2]}}"""),
                node("0"), false);
        assertThat(InputEncoder.encode(s, List.of(test))).isEqualTo("1\n3 3 2 0 1\n2 1 1 -1 0 -1\n3 2 2 3 1 1 1 1\n"
                + "1 s61 2 1 2\n");
    }

    private static com.fasterxml.jackson.databind.JsonNode node(String json) throws IOException {
        return JSON.readTree(json);
    }

    @Test
    void aProblemMaySayWhichLanguagesItCannotBeSolvedInAndWhyInWordsForTheLearner() throws IOException {
        problem("cycle", """
                {"id": "%s", "title": "Cycle", "difficulty": "easy", "tags": ["linked-lists"], "kind": "function",
                 "signature": "hasCycle(head: ListNode) -> bool", "unavailableIn": {"rust": "no cycles in Box"}}""", """
                [{"name": "t", "input": {"head": {"list": [1], "pos": 0}}, "expected": true, "sample": true}]""");
        problem("bad", """
                {"id": "%s", "title": "Bad", "difficulty": "easy", "tags": ["math"], "kind": "stdio",
                 "unavailableIn": {"cobol": "no"}}""", """
                [{"name": "t", "input": "1\\n", "expected": "1\\n", "sample": true}]""");

        ProblemLibrary library = load();

        Problem cycle = library.find("cycle").orElseThrow();
        assertThat(cycle.unavailable("python")).isEmpty();
        assertThat(cycle.unavailable("rust")).contains("\"Cycle\" cannot be solved in this language here: no cycles "
                + "in Box. Pick another language; your code is kept.");
        assertThat(library.broken()).singleElement().satisfies(b -> {
            assertThat(b.jsonPath()).isEqualTo("$.unavailableIn.cobol");
            assertThat(b.message()).startsWith("unknown language (known: cpp, go, java");
        });
    }
}
