package dev.codedrill.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.harness.InputEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests read when first used (the app's list is there before megabytes of tests are parsed), a generator's place in
 * problem.json, what its printed tests must be, and the char and nullable types as the loader checks them.
 */
class LazyAndGeneratedTestsLoaderTest {

    @TempDir
    Path root;

    private static final String MAX_OF = """
            {"id": "%s", "title": "Max Of", "difficulty": "easy", "tags": ["arrays"], "kind": "function",
             "signature": "maxOf(nums: int[]) -> int"%s}""";
    private static final String ONE_TEST = """
            [{"name": "e", "input": {"nums": [1, 5]}, "expected": 5, "sample": true}]""";

    private Path problem(String id, String extra, String tests) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id));
        Files.writeString(dir.resolve("problem.json"), MAX_OF.formatted(id, extra));
        Files.writeString(dir.resolve("statement.md"), "# Max Of\n");
        Files.writeString(dir.resolve("tests.json"), tests);
        return dir;
    }

    private static ProblemLoader loader() {
        return new ProblemLoader(LanguageSupports.byExtension());
    }

    @Test
    void theAppsLoaderListsAProblemWithBrokenTestsAndSaysWhereWhenItsTestsAreFirstUsed() throws IOException {
        problem("max-of", "", """
                [{"name": "e", "input": {"nums": [1, 5]}, "expected": "five", "sample": true}]""");

        ProblemLibrary lazily = loader().readingTestsWhenFirstUsed().load(List.of(root));
        ProblemLibrary eagerly = loader().load(List.of(root));

        Problem p = lazily.find("max-of").orElseThrow();
        assertThat(lazily.broken()).isEmpty();
        assertThat(p.testSuite().read()).isFalse();
        assertThatThrownBy(p::tests).isInstanceOfSatisfying(TestSuite.UnreadableTests.class, e ->
                assertThat(e.describe()).isEqualTo("tests.json at $[0].expected: $[0].expected must be an int "
                        + "(32-bit integer), not the string \"five\""));
        assertThatThrownBy(p::samples).isInstanceOf(TestSuite.UnreadableTests.class); // the same fault, kept
        assertThat(eagerly.problems()).isEmpty();
        assertThat(eagerly.broken()).singleElement().satisfies(b -> assertThat(b.jsonPath()).isEqualTo("$[0].expected"));
    }

    @Test
    void goodTestsAreReadOnceOnFirstUseByTheAppsLoader() throws IOException {
        problem("max-of", "", ONE_TEST);

        Problem p = loader().readingTestsWhenFirstUsed().load(List.of(root)).find("max-of").orElseThrow();

        assertThat(p.testSuite().read()).isFalse();
        List<TestCase> first = p.tests();
        assertThat(p.testSuite().read()).isTrue();
        assertThat(p.tests()).isSameAs(first).hasSize(1);
    }

    @Test
    void manyThreadsAskingForUnreadTestsAtOnceReadThemOnceAndAllGetTheSameList() throws Exception {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        for (int round = 0; round < 50; round++) {
            TestSuite suite = TestSuite.lazy(() -> {
                reads.incrementAndGet();
                Thread.onSpinWait();
                return List.of(new TestCase(0, "t", null, null, true));
            }, null);
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(8);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<List<TestCase>>> seen = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                seen.add(pool.submit(() -> {
                    start.await();
                    return suite.written();
                }));
            }
            for (var f : seen) {
                assertThat(f.get()).isSameAs(seen.get(0).get());
            }
            pool.shutdown();
        }
        assertThat(reads).hasValue(50);
    }

    @Test
    void aGeneratorIsItsSeedAndItsCountAndAddsToTheTestsASubmissionIsJudgedOn() throws IOException {
        Path dir = problem("max-of", ", \"generator\": {\"seed\": 42, \"tests\": 3}", ONE_TEST);
        Files.writeString(dir.resolve("generator.py"), "print('[]')\n");

        Problem p = loader().load(List.of(root)).find("max-of").orElseThrow();

        assertThat(p.testSuite().generator()).hasValueSatisfying(g -> {
            assertThat(g.seed()).isEqualTo(42);
            assertThat(g.count()).isEqualTo(3);
            assertThat(g.file()).isEqualTo(dir.resolve("generator.py"));
        });
        assertThat(p.testSuite().count()).isEqualTo(4);
    }

    @Test
    void generatedTestsAreCheckedAsTestsJsonIsAndNumberedOnFromIt() throws IOException {
        Path dir = problem("max-of", ", \"generator\": {\"seed\": 1, \"tests\": 2}", ONE_TEST);
        Files.writeString(dir.resolve("generator.py"), "");
        ProblemLoader loader = loader();
        Problem p = loader.load(List.of(root)).find("max-of").orElseThrow();

        List<TestCase> made = loader.generatedTests(p, """
                [{"name": "big", "input": {"nums": [3, 9, 2]}, "expected": 9},
                 {"name": "one", "input": {"nums": [-4]}, "expected": -4, "sample": false}]""");

        assertThat(made).extracting(TestCase::index).containsExactly(1, 2);
        assertThat(made).extracting(TestCase::sample).containsExactly(false, false);
        assertThatThrownBy(() -> loader.generatedTests(p, "[{\"name\": \"x\", \"input\": {\"nums\": []}, "
                + "\"expected\": 1.5}, {\"name\": \"y\", \"input\": {\"nums\": []}, \"expected\": 1}]"))
                .isInstanceOfSatisfying(TestSuite.UnreadableTests.class, e -> assertThat(e.describe())
                        .isEqualTo("generator.py at $[0].expected: its output $[0].expected must be an int (32-bit "
                                + "integer), not the number 1.5"));
        assertThatThrownBy(() -> loader.generatedTests(p, "[]")).hasMessageContaining(
                "must print a JSON array of 2 tests (problem.json's generator.tests), not 0 tests");
        assertThatThrownBy(() -> loader.generatedTests(p, "Traceback (most recent call last)")).hasMessageContaining(
                "printed what is not JSON");
        assertThatThrownBy(() -> loader.generatedTests(p, """
                [{"name": "x", "input": {"nums": [1]}, "expected": 1, "sample": true},
                 {"name": "y", "input": {"nums": [1]}, "expected": 1}]""")).hasMessageContaining(
                "a generated test is hidden: samples go in tests.json");
    }

    @Test
    void aGeneratorMustBeBothNamedAndThere() throws IOException {
        problem("named-not-there", ", \"generator\": {\"seed\": 1, \"tests\": 2}", ONE_TEST);
        Files.writeString(problem("there-not-named", "", ONE_TEST).resolve("generator.py"), "");
        Files.writeString(problem("no-count", ", \"generator\": {\"seed\": 1}", ONE_TEST).resolve("generator.py"), "");
        Files.writeString(problem("bad-seed", ", \"generator\": {\"seed\": \"x\", \"tests\": 1}", ONE_TEST)
                .resolve("generator.py"), "");

        ProblemLibrary library = loader().load(List.of(root));

        assertThat(library.problems()).isEmpty();
        assertThat(library.broken()).extracting(b -> b.dir().getFileName() + " " + b.file().getFileName() + " "
                + b.jsonPath() + " " + b.message()).containsExactlyInAnyOrder(
                "bad-seed problem.json $.generator must be {\"seed\": a whole number, \"tests\": how many tests "
                        + "generator.py prints}",
                "named-not-there generator.py  missing: problem.json names a generator",
                "no-count problem.json $.generator.tests missing: how many tests generator.py prints",
                "there-not-named generator.py  is not used: say \"generator\": {\"seed\": 1, \"tests\": N} in "
                        + "problem.json, or remove it");
    }

    @Test
    void aCharIsOnePrintableAsciiCharacterGivenAsItsCodeAndOnlyAResultMayBeNullable() throws IOException {
        Path dir = Files.createDirectories(root.resolve("first-twice"));
        Files.writeString(dir.resolve("problem.json"), """
                {"id": "first-twice", "title": "First Twice", "difficulty": "easy", "tags": ["arrays", "strings"],
                 "kind": "function", "signature": "firstTwice(s: string, skip: char[]) -> char?"}""");
        Files.writeString(dir.resolve("statement.md"), "# First Twice\n");
        Files.writeString(dir.resolve("tests.json"), """
                [{"name": "a", "input": {"s": "a~a", "skip": [" ", "~"]}, "expected": "a", "sample": true},
                 {"name": "none", "input": {"s": "", "skip": []}, "expected": null}]""");

        Problem p = loader().load(List.of(root)).find("first-twice").orElseThrow();

        assertThat(p.signature().returns()).hasToString("char?");
        assertThat(InputEncoder.encode(p, p.tests())).isEqualTo("2\ns617e61\n2 32 126\ns\n0\n");
        assertThat(ValueType.parse("char").check(new com.fasterxml.jackson.databind.node.TextNode("ab"), "$.x"))
                .hasValue("$.x must be a char (a string of one printable ASCII character, \"a\"), not the string \"ab\"");
        assertThat(ValueType.parse("char").check(new com.fasterxml.jackson.databind.node.TextNode("é"), "$.x"))
                .isPresent();
        assertThat(ValueType.parse("int").check(com.fasterxml.jackson.databind.node.NullNode.instance, "$.x"))
                .isPresent();
        assertThatThrownBy(() -> Signature.parse("f(x: int?) -> int")).hasMessage(
                "parameter 'x': only a result can be nullable (int?)");
        assertThatThrownBy(() -> Signature.parse("f(x: int) -> int[]?")).hasMessageContaining(
                "only int, long, double, bool, string and char can be nullable (T?), not int[]");
        assertThatThrownBy(() -> Signature.parse("f(x: map<string, int?>) -> int")).hasMessageContaining(
                "a map's values are");
    }
}
