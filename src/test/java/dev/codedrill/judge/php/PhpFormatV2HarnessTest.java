package dev.codedrill.judge.php;

import static dev.codedrill.testing.TestProblems.design;
import static dev.codedrill.testing.TestProblems.function;
import static dev.codedrill.testing.TestProblems.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.lang.php.PhpHarness;
import dev.codedrill.problem.Problem;
import dev.codedrill.testing.JudgeFixture;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the PHP harness does with the format's second version beyond FormatV2TypesTest, in a real sandbox: a design
 * class's missing method is a clear message, a failing call is named, the learner's own class Node is theirs where no
 * graph is used, a map with keys 0 to n-1 is still returned as an object, and a returned graph whose values are not
 * 1 to k is a wrong answer that says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhpFormatV2HarnessTest {

    private static final String STACK = """
            <?php

            class Node {
                public $value;
                public $below;
                function __construct($value, $below) { $this->value = $value; $this->below = $below; }
            }

            class MinStack {
                private $top = null;
                private $mins = [];

                function push($x) {
                    $this->top = new Node($x, $this->top);
                    $this->mins[] = count($this->mins) === 0 ? $x : min($x, end($this->mins));
                }

                function pop() {
                    $x = $this->top->value;
                    $this->top = $this->top->below;
                    array_pop($this->mins);
                    return $x;
                }

                function getMin() {
                    return end($this->mins);
                }
            }
            """;

    private JudgeFixture fixture;

    @BeforeAll
    void startPool() {
        fixture = new JudgeFixture(new PhpHarness());
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
    void aDesignClassWithItsOwnClassNodeIsReplayedAndACallThatFailsIsNamed() {
        String throwing = STACK.replace("$x = $this->top->value;",
                "if ($this->top === null) { throw new RuntimeException('empty'); }\n        $x = $this->top->value;");
        JudgeResult result = fixture.submitRunningEveryTest(minStack(), throwing);
        assertThat(result.tests().get(0).verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.tests().get(1).verdict()).isInstanceOfSatisfying(Verdict.RuntimeError.class, e ->
                assertThat(e.error()).startsWith("in call 4, pop: RuntimeException: empty (solution.php, line"));
    }

    @Test
    void aMissingMethodOrClassIsAClearMessage() {
        assertThat(message(fixture.submit(minStack(), STACK.replace("function getMin()", "function min()"))))
                .isEqualTo("no method getMin in class MinStack: keep the name of the starter code");
        assertThat(message(fixture.submit(minStack(), STACK.replace("class MinStack", "class Stack"))))
                .isEqualTo("no class MinStack: keep the class of the starter code");
    }

    @Test
    void aMapWithTheKeys0ToNIsReturnedAsAnObject() {
        Problem split = function("split(words: string[]) -> map<int, string[]>", "{\"words\": [\"ab\", \"c\"]}",
                "{\"0\": [\"a\", \"b\"], \"1\": [\"c\"]}");
        JudgeResult result = fixture.submit(split, """
                <?php
                class Solution {
                    function split($words) {
                        return array_map(fn($w) => str_split($w), $words);
                    }
                }
                """);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
    }

    @Test
    void aReturnedGraphWhoseValuesAreNot1ToKIsAWrongAnswerThatSaysSo() {
        Problem clone = function("cloneGraph(node: GraphNode) -> GraphNode", "{\"node\": [[2],[1]]}", "[[2],[1]]");
        JudgeResult result = fixture.submit(clone, """
                <?php
                class Solution {
                    function cloneGraph($node) {
                        $a = new Node(1);
                        $b = new Node(1);
                        $a->neighbors[] = $b;
                        $b->neighbors[] = $a;
                        return $a;
                    }
                }
                """);
        assertThat(message(result)).as(String.valueOf(result))
                .isEqualTo("The returned graph's nodes must have the values 1 to 2, each once: two nodes have the "
                        + "value 1.");
    }
}
