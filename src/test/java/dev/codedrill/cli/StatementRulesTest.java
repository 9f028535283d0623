package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.authoring.AuthoringFaults;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.KeptSubmission;
import dev.codedrill.problem.KeptVerdict;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.problem.TestCase;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code check} asks of every problem besides its solutions: a statement, samples, hidden tests, and a task and
 * constraints that leave the method to the hints (no big-O before {@code ## Hints}).
 */
class StatementRulesTest {

    private static Problem withStatement(String statement) {
        return new Problem("p", "P", Difficulty.EASY, List.of("math"), ProblemKind.STDIO, null, ComparatorSpec.TOKENS,
                1000, 256, statement, List.of(
                        new TestCase(0, "s", TextNode.valueOf("1\n"), TextNode.valueOf("1\n"), true),
                        new TestCase(1, "h", TextNode.valueOf("2\n"), TextNode.valueOf("2\n"), false)),
                Path.of("p"), List.of(new KeptSubmission(KeptVerdict.WRONG_ANSWER, "python",
                        Path.of("p/submissions/wrong_answer/off_by_one.py"))), java.util.Map.of(), null,
                java.util.Map.of());
    }

    @Test
    void aComplexityInTheTaskOrTheConstraintsIsAFaultButInTheHintsItIsWelcome() {
        String task = "# P\n\nRead a number and print it back, exactly as it was given.\n\n## Constraints\n\n";
        assertThat(AuthoringFaults.of(withStatement(task + "- An O(n log n) algorithm is expected.\n")))
                .singleElement().asString().contains("\"O(n log n)\" names the intended algorithm's complexity");
        assertThat(AuthoringFaults.of(withStatement(task + "- 1 <= n <= 10^5\n\n## Hints\n\n1. O(n) is enough.\n")))
                .isEmpty();
    }

    @Test
    void everyBundledProblemFollowsTheRules() {
        ProblemLibrary library = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        assertThat(library.broken()).isEmpty();
        assertThat(library.problems()).hasSizeGreaterThanOrEqualTo(51)
                .allSatisfy(p -> assertThat(AuthoringFaults.of(p)).as(p.id()).isEmpty());
    }
}
