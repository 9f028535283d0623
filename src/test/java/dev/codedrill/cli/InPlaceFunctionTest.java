package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.Signature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An in-place function ({@code rotate(matrix: int[][]) -> void}) is judged on its first argument after the call, in
 * every language, for real in the shared test daemon: the starter code returns nothing and takes the argument so that
 * changes reach the caller (C++ {@code &}, Rust {@code &mut}, PHP {@code &$}); a solution that changes the argument is
 * accepted, and one that builds the answer in a new value and returns it (leaving the argument as it was) is not.
 */
class InPlaceFunctionTest {

    private static final String ID = "rotate-in-place";
    private static final String SIGNATURE = "rotate(matrix: int[][]) -> void";
    /** Rotates the square matrix a quarter turn clockwise: transpose, then reverse each row. */
    private static final Map<String, String> ROTATES = Map.of(
            "python", """
                    class Solution:
                        def rotate(self, matrix):
                            n = len(matrix)
                            for i in range(n):
                                for j in range(i + 1, n):
                                    matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
                            for row in matrix:
                                row.reverse()
                    """,
            "javascript", """
                    function rotate(matrix) {
                      const n = matrix.length;
                      for (let i = 0; i < n; i++)
                        for (let j = i + 1; j < n; j++)
                          [matrix[i][j], matrix[j][i]] = [matrix[j][i], matrix[i][j]];
                      for (const row of matrix) row.reverse();
                    }
                    """,
            "java", """
                    class Solution {
                        public void rotate(int[][] matrix) {
                            int n = matrix.length;
                            for (int i = 0; i < n; i++)
                                for (int j = i + 1; j < n; j++) {
                                    int t = matrix[i][j]; matrix[i][j] = matrix[j][i]; matrix[j][i] = t;
                                }
                            for (int[] row : matrix)
                                for (int a = 0, b = n - 1; a < b; a++, b--) {
                                    int t = row[a]; row[a] = row[b]; row[b] = t;
                                }
                        }
                    }
                    """,
            "cpp", """
                    class Solution {
                    public:
                        void rotate(vector<vector<int>>& matrix) {
                            int n = matrix.size();
                            for (int i = 0; i < n; i++)
                                for (int j = i + 1; j < n; j++) swap(matrix[i][j], matrix[j][i]);
                            for (auto& row : matrix) reverse(row.begin(), row.end());
                        }
                    };
                    """,
            "go", """
                    package main

                    func rotate(matrix [][]int) {
                    	n := len(matrix)
                    	for i := 0; i < n; i++ {
                    		for j := i + 1; j < n; j++ {
                    			matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
                    		}
                    	}
                    	for _, row := range matrix {
                    		for a, b := 0, n-1; a < b; a, b = a+1, b-1 {
                    			row[a], row[b] = row[b], row[a]
                    		}
                    	}
                    }
                    """,
            "php", """
                    <?php
                    class Solution {
                        function rotate(&$matrix) {
                            $n = count($matrix);
                            for ($i = 0; $i < $n; $i++)
                                for ($j = $i + 1; $j < $n; $j++) {
                                    $t = $matrix[$i][$j]; $matrix[$i][$j] = $matrix[$j][$i]; $matrix[$j][$i] = $t;
                                }
                            foreach ($matrix as &$row) $row = array_reverse($row);
                        }
                    }
                    """,
            "rust", """
                    impl Solution {
                        pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
                            let n = matrix.len();
                            for i in 0..n {
                                for j in i + 1..n {
                                    let t = matrix[i][j];
                                    matrix[i][j] = matrix[j][i];
                                    matrix[j][i] = t;
                                }
                            }
                            for row in matrix.iter_mut() {
                                row.reverse();
                            }
                        }
                    }
                    """);

    @TempDir
    static Path temp;

    private static TempProblemJudge problem;

    @BeforeAll
    static void aProblemJudgedOnItsArgument() throws IOException {
        problem = TempProblemJudge.write(temp, ID, """
                {"id": "%s", "title": "Rotate In Place", "difficulty": "medium", "tags": ["arrays"],
                 "kind": "function", "signature": "%s", "timeLimitMs": 2000}""".formatted(ID, SIGNATURE),
                "# Rotate In Place\n\nTurn the square matrix a quarter turn clockwise, changing it in place.\n", """
                [{"name": "two by two", "input": {"matrix": [[1,2],[3,4]]}, "expected": [[3,1],[4,2]], "sample": true},
                 {"name": "three by three", "input": {"matrix": [[1,2,3],[4,5,6],[7,8,9]]},
                  "expected": [[7,4,1],[8,5,2],[9,6,3]], "sample": false},
                 {"name": "one", "input": {"matrix": [[5]]}, "expected": [[5]], "sample": false}]""");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "javascript", "java", "cpp", "go", "php", "rust"})
    void aSolutionThatChangesItsArgumentIsAcceptedAndTheStarterReturnsNothing(String language) throws IOException {
        String starter = LanguageSupports.of(language).functionStarter(Signature.parse(SIGNATURE));
        assertThat(starter).contains("rotate").doesNotContain("int[][] rotate").doesNotContain("-> Vec<Vec<i32>>");

        JsonNode result = problem.judge(language, ROTATES.get(language));

        assertThat(result.get("verdict").asText()).as(result.toPrettyString()).isEqualTo("ACCEPTED");
        assertThat(result.get("passed").asInt()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "java"})
    void aSolutionThatLeavesItsArgumentAsItWasIsAWrongAnswerShowingTheArgument(String language) throws IOException {
        String untouched = language.equals("python")
                ? "class Solution:\n    def rotate(self, matrix):\n        rotated = [list(r) for r in zip(*matrix[::-1])]\n"
                : "class Solution {\n    public void rotate(int[][] matrix) {\n        int[][] copy = new int[1][1];\n"
                        + "        copy[0][0] = matrix[0][0];\n    }\n}\n";

        JsonNode result = problem.judge(language, untouched);

        JsonNode first = result.get("tests").get(0);
        assertThat(first.get("verdict").asText()).as(result.toPrettyString()).isEqualTo("WRONG_ANSWER");
        assertThat(first.get("actual").asText()).isEqualTo("[[1,2],[3,4]]");
    }
}
