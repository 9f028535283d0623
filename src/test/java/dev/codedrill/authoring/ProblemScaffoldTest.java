package dev.codedrill.authoring;

import static dev.codedrill.testing.PlainText.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** codedrill new: a folder that loads at once, and whose check names everything the author still has to write. */
class ProblemScaffoldTest {

    @TempDir
    Path root;

    private ProblemLibrary load() {
        return new ProblemLoader(LanguageSupports.byExtension()).load(List.of(root));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FUNCTION | rotate-grid | rotate(matrix: int[][]) -> void",
            "FUNCTION | pick-one | pick(nums: long[], names: map<string, int[]>, head: ListNode) -> string?",
            "DESIGN | hit-counter | HitCounter(window: int); hit(at: int) -> void; hits(at: int) -> long",
            "STDIO | sum-of-lines | ",
            "FUNCTION | default-signature | "})
    void aScaffoldLoadsAsAProblemWithItsSampleAndEveryLanguagesStarterAsReference(ProblemKind kind, String id,
                                                                                  String signature) throws Exception {
        Path dir = ProblemScaffold.create(root, id, kind, signature);

        ProblemLibrary library = load();
        assertThat(library.broken()).isEmpty();
        Problem problem = library.find(id).orElseThrow();
        assertThat(problem.kind()).isEqualTo(kind);
        assertThat(problem.title()).isEqualTo(ProblemScaffold.title(id));
        assertThat(problem.samples()).hasSize(1);
        assertThat(problem.hidden()).isEmpty();
        for (var language : LanguageSupports.all()) {
            assertThat(dir.resolve("solutions").resolve(language.solutionFile())).isRegularFile();
        }
        assertThat(dir.resolve("submissions/wrong_answer")).isEmptyDirectory();
        assertThat(dir.resolve("submissions/time_limit_exceeded")).isEmptyDirectory();
    }

    @Test
    void checkingAFreshScaffoldNamesEachThingStillToWriteWithItsFile() throws Exception {
        Path dir = ProblemScaffold.create(root, "two-sum-again", ProblemKind.FUNCTION,
                "twoSum(nums: int[], target: int) -> int[]");

        List<String> faults = AuthoringFaults.of(load().find("two-sum-again").orElseThrow());

        assertThat(faults).anyMatch(f -> f.startsWith(dir.resolve("statement.md") + ": the template's TODO: lines"));
        assertThat(faults).anyMatch(f -> f.startsWith(dir.resolve("tests.json") + ": no hidden tests"));
        assertThat(faults).anyMatch(f -> f.startsWith(dir.resolve("submissions/wrong_answer") + ": no kept"));
        for (var language : LanguageSupports.all()) {
            assertThat(faults).contains(dir.resolve("solutions").resolve(language.solutionFile())
                    + ": still the starter code: write the reference solution");
        }
        assertThat(faults).hasSize(3 + LanguageSupports.all().size());
    }

    @Test
    void aFolderThatExistsIsNeverWrittenOver() throws Exception {
        Path existing = Files.createDirectories(root.resolve("taken"));
        Files.writeString(existing.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> ProblemScaffold.create(root, "taken", ProblemKind.STDIO, null))
                .isInstanceOf(ScaffoldException.class)
                .satisfies(e -> assertPlain(e.getMessage()))
                .hasMessageContaining(existing + " exists already").hasMessageContaining("Nothing was written");
        try (var files = Files.list(existing)) {
            assertThat(files.toList()).containsExactly(existing.resolve("notes.txt"));
        }
        assertThat(Files.readString(existing.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aBadIdOrSignatureIsExplainedAndLeavesNothingBehind() throws Exception {
        assertThatThrownBy(() -> ProblemScaffold.create(root, "Two_Sum", ProblemKind.FUNCTION, null))
                .isInstanceOf(ScaffoldException.class).satisfies(e -> assertPlain(e.getMessage()))
                .hasMessageContaining("'Two_Sum' cannot be a problem's id").hasMessageContaining("two-sum");
        assertThatThrownBy(() -> ProblemScaffold.create(root, "sum", ProblemKind.FUNCTION, "sum(nums: integer[]) -> int"))
                .isInstanceOf(ScaffoldException.class).satisfies(e -> assertPlain(e.getMessage()))
                .hasMessageContaining("The signature 'sum(nums: integer[]) -> int' cannot be used")
                .hasMessageContaining(ProblemScaffold.DEFAULT_FUNCTION);
        assertThatThrownBy(() -> ProblemScaffold.create(root, "echo", ProblemKind.STDIO, "echo(x: int) -> int"))
                .isInstanceOf(ScaffoldException.class).hasMessageContaining("a stdio problem has no signature");
        assertThatThrownBy(() -> ProblemScaffold.create(root, "lonely", ProblemKind.DESIGN, "Lonely()"))
                .isInstanceOf(ScaffoldException.class).hasMessageContaining("at least one method");
        try (var files = Files.list(root)) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
