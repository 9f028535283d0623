package dev.codedrill.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.lang.LanguageSupports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTableTest {

    private static Problem problem(String id, Difficulty difficulty, ProblemKind kind, String... tags) {
        return new Problem(id, id, difficulty, List.of(tags), kind, kind == ProblemKind.FUNCTION
                ? Signature.parse("f(x: int) -> int") : null, ComparatorSpec.EXACT, 1000, 256, "", List.of(),
                Path.of("."));
    }

    @Test
    void aProblemCountsUnderEachOfItsTopicsAndOnceInTheTotals() {
        String table = TopicTable.markdown(List.of(
                problem("a", Difficulty.EASY, ProblemKind.FUNCTION, "arrays", "strings", "two-pointers"),
                problem("b", Difficulty.HARD, ProblemKind.STDIO, "arrays"),
                problem("c", Difficulty.MEDIUM, ProblemKind.FUNCTION, "graphs", "union-find")));

        assertThat(table).contains("| Arrays & hashing | `arrays` | 1 | 0 | 1 | 2 |\n")
                .contains("| Two pointers | `two-pointers` | 1 | 0 | 0 | 1 |\n")
                .contains("| Graphs | `graphs` | 0 | 1 | 0 | 1 |\n")
                .contains("| Bit manipulation | `bit-manipulation` | 0 | 0 | 0 | 0 |\n")
                .contains("| **All problems** |  | 1 | 1 | 1 | 3 |\n")
                .contains("Kinds: 2 function, 0 design, 1 stdio.")
                .doesNotContain("union-find").doesNotContain("strings");
    }

    @Test
    void theReadmesTableIsTheBundledLibrarysCount() throws IOException {
        ProblemLibrary library = new ProblemLoader(LanguageSupports.byExtension()).readingTestsWhenFirstUsed()
                .load(List.of(Path.of("problems")));
        String readme = Files.readString(Path.of("problems", "README.md"));
        String shown = readme.substring(readme.indexOf("<!-- topics:start -->\n") + "<!-- topics:start -->\n".length(),
                readme.indexOf("<!-- topics:end -->"));

        assertThat(library.broken()).isEmpty();
        assertThat(shown).as("problems/README.md's table; `codedrill topics` prints the current one")
                .isEqualTo(TopicTable.markdown(library.problems()));
    }
}
