package dev.codedrill.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.config.SettingsLoader;
import dev.codedrill.lang.harness.RunPlan;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each language's knowledge lives in its LanguageSupport, and the parts of it that must agree do. */
class LanguageSupportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Problem plusOne() {
        List<TestCase> tests = List.of(new TestCase(0, "n=1", JSON.createObjectNode().put("n", 1),
                JSON.getNodeFactory().numberNode(2), true));
        return new Problem("plus-one", "Plus one", Difficulty.EASY, List.of(), ProblemKind.FUNCTION,
                Signature.parse("solve(n: int) -> int"), ComparatorSpec.EXACT, 1000, 256, "", tests, Path.of("."));
    }

    @Test
    void theLearnersFilesAreTheOnesTheHarnessesWrite() {
        for (LanguageSupport language : LanguageSupports.all()) {
            assertThat(language.harness().languageId()).isEqualTo(language.id());
            assertThat(language.harness().stdio("x").sourceFile()).as(language.id()).isEqualTo(language.stdioFile());
            RunPlan plan = language.harness().function(plusOne(), "x", plusOne().tests());
            assertThat(plan.files()).as(language.id()).containsKey(language.functionFile());
        }
    }

    @Test
    void everyLanguageHasItsConfiguredLineAndTheRegistryTakesItsKnowledgeFromItsSupport() {
        LanguageRegistry registry = LanguageRegistry.load(new SettingsLoader().defaults());
        List<String> ids = new ArrayList<>();
        for (LanguageSupport support : LanguageSupports.all()) {
            Language language = registry.find(support.id()).orElseThrow();
            ids.add(language.id());
            assertThat(language.name()).isEqualTo(support.name());
            assertThat(language.run()).isEqualTo(support.hello().run());
            assertThat(language.version()).isEqualTo(support.versionCommand()).isNotEmpty();
            assertThat(language.init()).isEqualTo(support.poolInit());
            assertThat(language.image()).isNotBlank();
            assertThat(language.poolSize()).isPositive();
        }
        assertThat(registry.all()).extracting(Language::id).containsExactlyElementsOf(ids);
        assertThat(registry.find("go").orElseThrow().init()).singleElement().asString()
                .contains("go build '-ldflags=-s -w' -o prime prime.go");
    }

    @Test
    void namesAndAliasesFindOneLanguageEach() {
        List<String> names = new ArrayList<>();
        LanguageSupports.all().forEach(l -> {
            names.add(l.id());
            names.addAll(l.aliases());
        });
        assertThat(names).doesNotHaveDuplicates();
        assertThat(LanguageSupports.byName(" C++ ").orElseThrow().id()).isEqualTo("cpp");
        assertThat(LanguageSupports.byName("py").orElseThrow().id()).isEqualTo("python");
        assertThat(LanguageSupports.byName("cobol")).isEmpty();
        assertThatThrownBy(() -> LanguageSupports.of("cobol")).hasMessageContaining("unknown language 'cobol'")
                .hasMessageContaining("python");
    }

    @Test
    void solutionFilesAreDistinctAndNamedAfterTheLanguage() {
        assertThat(LanguageSupports.all()).extracting(LanguageSupport::solutionFile).doesNotHaveDuplicates()
                .allMatch(f -> f.contains("."));
        LanguageSupports.all().forEach(l -> assertThat(l.solutionFile()).startsWith(l.id() + "."));
    }
}
