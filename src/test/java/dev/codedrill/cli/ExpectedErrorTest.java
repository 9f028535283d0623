package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A test may expect the call to fail (tests.json's {@code expectedError}), judged for real in every language in the
 * shared test daemon: raising or throwing (Go and Rust: panicking) with the expected words is accepted, and the tests
 * after it still run; returning a value, or failing with other words, is a wrong answer that says what was expected.
 */
class ExpectedErrorTest {

    private static final String ID = "checked-divide";
    /** Each language's solution: the quotient truncated toward zero, and an error "division by zero" for b = 0. */
    private static final Map<String, String> DIVIDES = Map.of(
            "python", """
                    class Solution:
                        def divide(self, a, b):
                            if b == 0:
                                raise ValueError("division by zero")
                            return int(a / b)
                    """,
            "javascript", """
                    function divide(a, b) {
                      if (b === 0) throw new Error("division by zero");
                      return Math.trunc(a / b);
                    }
                    """,
            "java", """
                    class Solution {
                        public int divide(int a, int b) {
                            if (b == 0) throw new IllegalArgumentException("division by zero");
                            return a / b;
                        }
                    }
                    """,
            "cpp", """
                    class Solution {
                    public:
                        int divide(int a, int b) {
                            if (b == 0) throw std::invalid_argument("division by zero");
                            return a / b;
                        }
                    };
                    """,
            "go", """
                    package main

                    func divide(a int, b int) int {
                    	if b == 0 {
                    		panic("division by zero")
                    	}
                    	return a / b
                    }
                    """,
            "php", """
                    <?php
                    class Solution {
                        function divide($a, $b) {
                            if ($b == 0) throw new InvalidArgumentException("division by zero");
                            return intdiv($a, $b);
                        }
                    }
                    """,
            "rust", """
                    impl Solution {
                        pub fn divide(a: i32, b: i32) -> i32 {
                            if b == 0 {
                                panic!("division by zero");
                            }
                            a / b
                        }
                    }
                    """);

    @TempDir
    static Path temp;

    private static TempProblemJudge problem;

    @BeforeAll
    static void aProblemWhoseMiddleTestExpectsAnError() throws IOException {
        problem = TempProblemJudge.write(temp, ID, """
                {"id": "%s", "title": "Checked Divide", "difficulty": "easy", "tags": ["math"], "kind": "function",
                 "signature": "divide(a: int, b: int) -> int", "timeLimitMs": 2000}""".formatted(ID),
                "# Checked Divide\n\nReturn a / b truncated toward zero; when b is 0, fail with an error whose "
                        + "message says \"division by zero\".\n", """
                [{"name": "seven by two", "input": {"a": 7, "b": 2}, "expected": 3, "sample": true},
                 {"name": "by zero", "input": {"a": 1, "b": 0}, "expectedError": "division by zero", "sample": true},
                 {"name": "negative", "input": {"a": -9, "b": 3}, "expected": -3, "sample": false}]""");
    }

    private static JsonNode judge(String language, String source) throws IOException {
        return problem.judge(language, source);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "javascript", "java", "cpp", "go", "php", "rust"})
    void failingWithTheExpectedWordsIsAcceptedAndTheTestsAfterItStillRun(String language) throws IOException {
        JsonNode result = judge(language, DIVIDES.get(language));

        assertThat(result.get("verdict").asText()).as(result.toPrettyString()).isEqualTo("ACCEPTED");
        assertThat(result.get("passed").asInt()).isEqualTo(3);
        assertThat(result.get("tests").get(1).get("actual").asText()).startsWith("error: ").contains("division by zero");
    }

    @Test
    void returningAValueWhereAnErrorIsExpectedIsAWrongAnswerThatSaysWhatWasExpected() throws IOException {
        JsonNode result = judge("python", """
                class Solution:
                    def divide(self, a, b):
                        return 0 if b == 0 else int(a / b)
                """);

        JsonNode byZero = result.get("tests").get(1);
        assertThat(byZero.get("verdict").asText()).isEqualTo("WRONG_ANSWER");
        assertThat(byZero.get("expected").asText()).isEqualTo("an error whose message contains \"division by zero\"");
        assertThat(byZero.get("feedback").asText()).startsWith("The call returned a value");
        assertThat(result.get("tests").get(2).get("verdict").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void failingWithOtherWordsIsAWrongAnswer() throws IOException {
        JsonNode result = judge("python", """
                class Solution:
                    def divide(self, a, b):
                        return a // b if a * b >= 0 else -(-a // b)
                """);

        JsonNode byZero = result.get("tests").get(1);
        assertThat(byZero.get("verdict").asText()).isEqualTo("WRONG_ANSWER");
        assertThat(byZero.get("feedback").asText()).isEqualTo("The call failed, but its message does not contain "
                + "\"division by zero\".");
    }
}
