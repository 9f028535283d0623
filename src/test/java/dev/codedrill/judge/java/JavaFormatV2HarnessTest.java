package dev.codedrill.judge.java;

import static dev.codedrill.testing.TestProblems.design;
import static dev.codedrill.testing.TestProblems.function;
import static dev.codedrill.testing.TestProblems.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.lang.java.JavaHarness;
import dev.codedrill.problem.Problem;
import dev.codedrill.testing.JudgeFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the Java harness does with the format's second version beyond FormatV2TypesTest, in a real sandbox: a design
 * class's misnamed or mistyped method is a clear message, a failing call is named, the learner's own class Node is
 * theirs where no graph is used, a map parameter may be declared a HashMap, and a returned graph whose values are
 * not 1 to k is a wrong answer that says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaFormatV2HarnessTest {

    private static final String STACK = """
            import java.util.*;

            class Node {
                int value;
                Node below;
                Node(int value, Node below) { this.value = value; this.below = below; }
            }

            class MinStack {
                private Node top;
                private final Deque<Integer> mins = new ArrayDeque<>();

                public MinStack() {
                }

                public void push(int x) {
                    top = new Node(x, top);
                    mins.push(mins.isEmpty() ? x : Math.min(x, mins.peek()));
                }

                public int pop() {
                    int x = top.value;
                    top = top.below;
                    mins.pop();
                    return x;
                }

                public int getMin() {
                    return mins.peek();
                }
            }
            """;

    private JudgeFixture fixture;

    @BeforeAll
    void startPool() {
        fixture = new JudgeFixture(new JavaHarness());
    }

    @AfterAll
    void closePool() {
        fixture.close();
    }

    private static Problem minStack() {
        return design("MinStack()", List.of("push(x: int) -> void", "pop() -> int", "getMin() -> int"),
                """
                {"calls": ["MinStack", "push", "push", "getMin", "pop", "getMin"], "args": [[], [3], [1], [], [], []]}""",
                "[null, null, null, 1, 1, 3]",
                """
                {"calls": ["MinStack", "push", "pop", "pop"], "args": [[], [5], [], []]}""", "[null, null, 5, 5]");
    }

    @Test
    void aDesignClassWithItsOwnClassNodeIsReplayedAndACallThatThrowsIsNamed() {
        JudgeResult result = fixture.submitRunningEveryTest(minStack(), STACK);
        assertThat(result.tests().get(0).verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
        // the second test pops an empty stack: a NullPointerException in call 4, pop
        assertThat(result.tests().get(1).verdict()).isInstanceOfSatisfying(Verdict.RuntimeError.class, e ->
                assertThat(e.error()).startsWith("in call 4, pop: java.lang.NullPointerException")
                        .contains("(Solution.java, line 22)"));
    }

    @Test
    void aMisnamedOrMistypedMethodOrConstructorIsAClearMessage() {
        assertThat(message(fixture.submit(minStack(), STACK.replace("getMin()", "min()"))))
                .isEqualTo("no method getMin in class MinStack: keep the name of the starter code");
        assertThat(message(fixture.submit(minStack(), STACK.replace("public int pop()", "public long pop()"))))
                .isEqualTo("the method pop in class MinStack must be public int pop(): keep the signature of the "
                        + "starter code");
        assertThat(message(fixture.submit(minStack(), STACK.replace("public MinStack()", "public MinStack(int x)"))))
                .isEqualTo("class MinStack needs the constructor public MinStack(): keep the constructor of the "
                        + "starter code");
        assertThat(message(fixture.submit(minStack(), STACK.replace("MinStack", "Stack"))))
                .isEqualTo("no class MinStack: keep the class of the starter code");
    }

    @Test
    void aMapParameterMayBeAHashMapAndAMapOfTheWrongTypesIsAClearMessage() {
        Problem sum = function("total(prices: map<string, long>) -> map<int, long[]>",
                "{\"prices\": {\"a\": 3000000000, \"b\": 4}}", "{\"0\": [3000000004], \"1\": []}");
        String hashMap = """
                import java.util.*;

                class Solution {
                    public Map<Integer, long[]> total(HashMap<String, Long> prices) {
                        long sum = 0;
                        for (long p : prices.values()) sum += p;
                        Map<Integer, long[]> out = new TreeMap<>();
                        out.put(0, new long[] {sum});
                        out.put(1, new long[0]);
                        return out;
                    }
                }
                """;
        JudgeResult result = fixture.submit(sum, hashMap);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
        assertThat(message(fixture.submit(sum, hashMap.replace("HashMap<String, Long>", "Map<String, Integer>")
                .replace("long p :", "int p :")))).isEqualTo("the method total in class Solution must be public "
                + "Map<Integer, long[]> total(Map<String, Long> prices): keep the signature of the starter code");
    }

    @Test
    void aReturnedGraphWhoseValuesAreNot1ToKIsAWrongAnswerThatSaysSo() {
        Problem clone = function("cloneGraph(node: GraphNode) -> GraphNode", "{\"node\": [[2],[1]]}", "[[2],[1]]");
        JudgeResult result = fixture.submit(clone, """
                import java.util.*;

                class Solution {
                    public Node cloneGraph(Node node) {
                        Node a = new Node(1);
                        Node b = new Node(1);
                        a.neighbors.add(b);
                        b.neighbors.add(a);
                        return a;
                    }
                }
                """);
        assertThat(message(result)).as(String.valueOf(result))
                .isEqualTo("The returned graph's nodes must have the values 1 to 2, each once: two nodes have the "
                        + "value 1.");
    }
}
