package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.Signature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A function without parameters ({@code answer() -> int}) has starter code in every language, and its solution is
 * judged for real in every language in the shared test daemon.
 */
class ZeroParameterFunctionTest {

    private static final String ID = "the-answer";
    private static final Map<String, String> ANSWERS = Map.of(
            "python", "class Solution:\n    def answer(self):\n        return 6 * 7\n",
            "javascript", "function answer() {\n  return 6 * 7;\n}\n",
            "java", "class Solution {\n    public int answer() {\n        return 6 * 7;\n    }\n}\n",
            "cpp", "class Solution {\npublic:\n    int answer() {\n        return 6 * 7;\n    }\n};\n",
            "go", "package main\n\nfunc answer() int {\n\treturn 6 * 7\n}\n",
            "php", "<?php\nclass Solution {\n    function answer() {\n        return 6 * 7;\n    }\n}\n",
            "rust", "impl Solution {\n    pub fn answer() -> i32 {\n        6 * 7\n    }\n}\n");

    @TempDir
    static Path temp;

    private static TempProblemJudge problem;

    @BeforeAll
    static void aProblemWithoutParameters() throws IOException {
        problem = TempProblemJudge.write(temp, ID, """
                {"id": "%s", "title": "The Answer", "difficulty": "easy", "tags": ["math"], "kind": "function",
                 "signature": "answer() -> int", "timeLimitMs": 2000}""".formatted(ID),
                "# The Answer\n\nReturn 42.\n", """
                [{"name": "once", "input": {}, "expected": 42, "sample": true},
                 {"name": "twice", "input": {}, "expected": 42, "sample": false}]""");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "javascript", "java", "cpp", "go", "php", "rust"})
    void aFunctionWithoutParametersIsJudgedAndHasStarterCode(String language) throws IOException {
        LanguageSupport support = LanguageSupports.of(language);
        assertThat(support.functionStarter(Signature.parse("answer() -> int"))).contains("answer");

        JsonNode result = problem.judge(language, ANSWERS.get(language));

        assertThat(result.get("verdict").asText()).as(result.toPrettyString()).isEqualTo("ACCEPTED");
        assertThat(result.get("passed").asInt()).isEqualTo(2);
    }
}
