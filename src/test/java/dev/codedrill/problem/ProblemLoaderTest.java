package dev.codedrill.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.lang.LanguageSupports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemLoaderTest {

    @TempDir
    Path root;

    private static final String GOOD_META = """
            {"id": "%s", "title": "Two Sum", "difficulty": "easy", "tags": ["arrays"], "kind": "function",
             "signature": "twoSum(nums: int[], target: int) -> int[]", "timeLimitMs": 1000}""";
    private static final String GOOD_TESTS = """
            [{"name": "example 1", "input": {"nums": [2,7,11,15], "target": 9}, "expected": [0,1], "sample": true},
             {"name": "hidden", "input": {"nums": [3,3], "target": 6}, "expected": [0,1], "sample": false}]""";

    private Path problem(String folder, String meta, String tests) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        Files.writeString(dir.resolve("problem.json"), meta);
        Files.writeString(dir.resolve("statement.md"), "# Title\n");
        if (tests != null) {
            Files.writeString(dir.resolve("tests.json"), tests);
        }
        return dir;
    }

    private ProblemLibrary load() {
        return new ProblemLoader(LanguageSupports.byExtension()).load(List.of(root));
    }

    private BrokenProblem onlyBroken(ProblemLibrary library) {
        assertThat(library.broken()).hasSize(1);
        return library.broken().get(0);
    }

    @Test
    void aWellFormedFunctionProblemLoadsWithItsSignatureSamplesAndDefaults() throws IOException {
        problem("two-sum", GOOD_META.formatted("two-sum"), GOOD_TESTS);
        Problem p = load().find("two-sum").orElseThrow();
        assertThat(p.signature().toString()).isEqualTo("twoSum(nums: int[], target: int) -> int[]");
        assertThat(p.comparator()).isEqualTo(ComparatorSpec.EXACT);
        assertThat(p.timeLimitMs()).isEqualTo(1000);
        assertThat(p.memoryLimitMb()).isEqualTo(256);
        assertThat(p.samples()).extracting(TestCase::name).containsExactly("example 1");
        assertThat(p.hidden()).hasSize(1);
    }

    @Test
    void badJsonIsReportedWithItsFileAndLineAndTheOthersStillLoad() throws IOException {
        problem("two-sum", GOOD_META.formatted("two-sum"), GOOD_TESTS);
        Path bad = problem("broken", "{\"id\": \"broken\",\n \"title\": }", GOOD_TESTS);
        ProblemLibrary library = load();
        assertThat(library.problems()).extracting(Problem::id).containsExactly("two-sum");
        BrokenProblem broken = onlyBroken(library);
        assertThat(broken.file()).isEqualTo(bad.resolve("problem.json"));
        assertThat(broken.message()).contains("not valid JSON (line 2");
    }

    @Test
    void aMissingFieldIsReportedWithItsPath() throws IOException {
        problem("p", GOOD_META.formatted("p").replace("\"title\": \"Two Sum\",", ""), GOOD_TESTS);
        BrokenProblem broken = onlyBroken(load());
        assertThat(broken.jsonPath()).isEqualTo("$.title");
        assertThat(broken.message()).isEqualTo("missing");
    }

    @Test
    void aTagOutsideTheListOrAProblemWithoutATopicIsBrokenWithItsPathAndTheOthersStillLoad() throws IOException {
        String tagged = GOOD_META.replace("[\"arrays\"]", "%s");
        problem("good", tagged.formatted("good", "[\"strings\", \"dp-1d\"]"), GOOD_TESTS);
        problem("unknown", tagged.formatted("unknown", "[\"arrays\", \"dynamic-programming\"]"), GOOD_TESTS);
        problem("no-topic", tagged.formatted("no-topic", "[\"strings\", \"hash-maps\"]"), GOOD_TESTS);

        ProblemLibrary library = load();

        assertThat(library.problems()).extracting(Problem::id).containsExactly("good");
        assertThat(Tags.topicsOf(library.problems().get(0))).containsExactly("dp-1d");
        assertThat(library.broken()).extracting(BrokenProblem::jsonPath).containsExactlyInAnyOrder("$.tags[1]", "$.tags");
        assertThat(library.broken()).extracting(BrokenProblem::message).anySatisfy(m -> assertThat(m)
                .contains("'dynamic-programming' is not a tag").contains("dp-1d, dp-2d"))
                .anySatisfy(m -> assertThat(m).startsWith("needs at least one topic (arrays, two-pointers"));
    }

    @Test
    void aTestValueNotOfTheSignaturesTypeIsReportedWithTheTestsPath() throws IOException {
        Path dir = problem("p", GOOD_META.formatted("p"),
                GOOD_TESTS.replace("[3,3], \"target\": 6", "[3,\"x\"], \"target\": 6"));
        BrokenProblem broken = onlyBroken(load());
        assertThat(broken.file()).isEqualTo(dir.resolve("tests.json"));
        assertThat(broken.jsonPath()).isEqualTo("$[1].input.nums");
        assertThat(broken.message()).contains("$[1].input.nums[1] must be an int").contains("\"x\"");
    }

    @Test
    void anExpectedValueOfTheWrongTypeIsReported() throws IOException {
        problem("p", GOOD_META.formatted("p"), GOOD_TESTS.replace("\"expected\": [0,1], \"sample\": false",
                "\"expected\": 3, \"sample\": false"));
        BrokenProblem broken = onlyBroken(load());
        assertThat(broken.jsonPath()).isEqualTo("$[1].expected");
        assertThat(broken.message()).contains("must be an array (int[])");
    }

    @Test
    void anUnknownComparatorOrTypeIsReported() throws IOException {
        problem("a", GOOD_META.formatted("a").replace("\"timeLimitMs\"", "\"comparator\": {\"type\": \"fuzzy\"}, \"timeLimitMs\""),
                GOOD_TESTS);
        problem("b", GOOD_META.formatted("b").replace("-> int[]\"", "-> character\""), GOOD_TESTS);
        ProblemLibrary library = load();
        assertThat(library.broken()).extracting(BrokenProblem::jsonPath).containsExactly("$.comparator.type", "$.signature");
        assertThat(library.broken().get(0).message()).contains("'fuzzy'").contains("exact, tokens, unordered, float");
        assertThat(library.broken().get(1).message()).contains("unknown type 'character'");
    }

    @Test
    void aDuplicateIdKeepsTheFirstAndReportsTheSecond() throws IOException {
        problem("a-first", GOOD_META.formatted("same"), GOOD_TESTS);
        Path second = problem("b-second", GOOD_META.formatted("same"), GOOD_TESTS);
        ProblemLibrary library = load();
        assertThat(library.problems()).hasSize(1);
        BrokenProblem broken = onlyBroken(library);
        assertThat(broken.dir()).isEqualTo(second);
        assertThat(broken.message()).contains("duplicate id 'same'");
    }

    @Test
    void aProblemWithNoTestsIsBroken() throws IOException {
        problem("empty", GOOD_META.formatted("empty"), "[]");
        problem("none", GOOD_META.formatted("none"), null);
        ProblemLibrary library = load();
        assertThat(library.broken()).extracting(BrokenProblem::message)
                .containsExactly("has no tests", "missing: every problem needs tests");
    }

    @Test
    void stdioProblemsTakeTextAndDefaultToTheTokensComparator() throws IOException {
        problem("a-plus-b", """
                {"id": "a-plus-b", "title": "A + B", "difficulty": "easy", "tags": ["math"], "kind": "stdio"}""",
                "[{\"name\": \"one\", \"input\": \"1 2\\n\", \"expected\": \"3\\n\", \"sample\": true}]");
        Problem p = load().find("a-plus-b").orElseThrow();
        assertThat(p.comparator()).isEqualTo(ComparatorSpec.TOKENS);
        assertThat(p.signature()).isNull();
        assertThat(p.tests().get(0).input().asText()).isEqualTo("1 2\n");
    }

    @Test
    void treesAndListsAreCheckedAsLevelOrderAndPlainArrays() {
        ValueType tree = ValueType.parse("TreeNode");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(tree.check(json.valueToTree(new Integer[] {3, 9, 20, null, null, 15, 7}), "$")).isEmpty();
        assertThat(tree.check(json.valueToTree(new Integer[] {null, 1}), "$")).get().asString()
                .contains("root cannot be null");
        assertThat(ValueType.parse("ListNode").check(json.valueToTree(new Integer[] {1, null}), "$")).isPresent();
        assertThat(ValueType.parse("long[][]").toString()).isEqualTo("long[][]");
    }

    @Test
    void aStdioProblemMayCompareLineByLineButAFunctionProblemMayNot() throws IOException {
        problem("layout", """
                {"id": "layout", "title": "Layout", "difficulty": "easy", "tags": ["math"], "kind": "stdio",
                 "comparator": {"type": "lines"}}""",
                "[{\"name\": \"one\", \"input\": \"\", \"expected\": \"a  b\\n\", \"sample\": true}]");
        Path function = problem("function", GOOD_META.formatted("function")
                .replace("\"timeLimitMs\"", "\"comparator\": {\"type\": \"lines\"}, \"timeLimitMs\""), GOOD_TESTS);
        ProblemLibrary library = load();
        assertThat(library.find("layout").orElseThrow().comparator()).isEqualTo(ComparatorSpec.LINES);
        BrokenProblem broken = onlyBroken(library);
        assertThat(broken.file()).isEqualTo(function.resolve("problem.json"));
        assertThat(broken.jsonPath()).isEqualTo("$.comparator.type");
        assertThat(broken.message()).contains("for stdio problems");
    }

    private static Path kept(Path problem, String folder, String file) throws IOException {
        Path path = Files.createDirectories(problem.resolve("submissions").resolve(folder)).resolve(file);
        Files.writeString(path, "print(1)\n");
        return path;
    }

    @Test
    void keptSubmissionsLoadWithTheirFoldersVerdictAndTheirExtensionsLanguage() throws IOException {
        Path dir = problem("two-sum", GOOD_META.formatted("two-sum"), GOOD_TESTS);
        Path accepted = kept(dir, "accepted", "hash_map.py");
        Path wrong = kept(dir, "wrong_answer", "off_by_one.cpp");
        Path slow = kept(dir, "time_limit_exceeded", "Brute.java");
        Path crash = kept(dir, "runtime_error", "recursion.rs");
        Files.writeString(dir.resolve("submissions/accepted/.gitkeep"), "");

        Problem p = load().find("two-sum").orElseThrow();

        assertThat(p.kept()).containsExactly(
                new KeptSubmission(KeptVerdict.ACCEPTED, "python", accepted),
                new KeptSubmission(KeptVerdict.RUNTIME_ERROR, "rust", crash),
                new KeptSubmission(KeptVerdict.TIME_LIMIT_EXCEEDED, "java", slow),
                new KeptSubmission(KeptVerdict.WRONG_ANSWER, "cpp", wrong));
        assertThat(p.kept().get(3).shortName()).isEqualTo("submissions/wrong_answer/off_by_one.cpp");
    }

    @Test
    void aProblemWithoutASubmissionsFolderHasNoKeptSubmissions() throws IOException {
        problem("two-sum", GOOD_META.formatted("two-sum"), GOOD_TESTS);
        assertThat(load().find("two-sum").orElseThrow().kept()).isEmpty();
    }

    @Test
    void anUnknownVerdictFolderBreaksOnlyItsProblemAndNamesTheFolderAndTheKnownOnes() throws IOException {
        problem("good", GOOD_META.formatted("good"), GOOD_TESTS);
        Path dir = problem("bad", GOOD_META.formatted("bad"), GOOD_TESTS);
        kept(dir, "wrong", "off_by_one.py");

        ProblemLibrary library = load();

        assertThat(library.problems()).extracting(Problem::id).containsExactly("good");
        BrokenProblem broken = onlyBroken(library);
        assertThat(broken.file()).isEqualTo(dir.resolve("submissions/wrong"));
        assertThat(broken.message()).isEqualTo("unknown verdict folder 'wrong' (expected one of accepted, "
                + "wrong_answer, time_limit_exceeded, runtime_error)");
        assertThat(broken.describe()).startsWith(dir.resolve("submissions/wrong") + ": unknown verdict folder");
    }

    @Test
    void anUnknownExtensionBreaksOnlyItsProblemAndNamesTheFileAndTheKnownExtensions() throws IOException {
        problem("good", GOOD_META.formatted("good"), GOOD_TESTS);
        Path dir = problem("bad", GOOD_META.formatted("bad"), GOOD_TESTS);
        kept(dir, "accepted", "fine.py");
        Path notes = kept(dir, "accepted", "notes.txt");

        ProblemLibrary library = load();

        assertThat(library.problems()).extracting(Problem::id).containsExactly("good");
        BrokenProblem broken = onlyBroken(library);
        assertThat(broken.file()).isEqualTo(notes);
        assertThat(broken.message()).startsWith("unknown extension '.txt': the extension names the program's language")
                .contains(".py python").contains(".rs rust").contains(".java java");
    }

    @Test
    void aKeptFileWithoutAnExtensionIsReported() throws IOException {
        Path dir = problem("bad", GOOD_META.formatted("bad"), GOOD_TESTS);
        Path bare = kept(dir, "runtime_error", "Makefile");
        BrokenProblem broken = onlyBroken(load());
        assertThat(broken.file()).isEqualTo(bare);
        assertThat(broken.message()).startsWith("no extension: the extension names the program's language");
    }

    @Test
    void aLanguageMayHaveItsOwnTimeLimitAndTheOthersKeepTheProblems() throws IOException {
        problem("p", GOOD_META.formatted("p").replace("\"timeLimitMs\": 1000",
                "\"timeLimitMs\": 1000, \"languageTimeLimitsMs\": {\"python\": 3000, \"php\": 2500}"), GOOD_TESTS);
        Problem p = load().find("p").orElseThrow();
        assertThat(p.timeLimitMs("python")).isEqualTo(3000);
        assertThat(p.timeLimitMs("php")).isEqualTo(2500);
        assertThat(p.timeLimitMs("cpp")).isEqualTo(1000);
        assertThat(p.timeLimitMs()).isEqualTo(1000);
    }

    @Test
    void aTimeLimitForALanguageCodeDrillDoesNotKnowIsReportedWithItsPathAndTheKnownOnes() throws IOException {
        problem("p", GOOD_META.formatted("p").replace("\"timeLimitMs\": 1000",
                "\"timeLimitMs\": 1000, \"languageTimeLimitsMs\": {\"pyhton\": 3000}"), GOOD_TESTS);
        BrokenProblem broken = onlyBroken(load());
        assertThat(broken.jsonPath()).isEqualTo("$.languageTimeLimitsMs.pyhton");
        assertThat(broken.message()).startsWith("unknown language (known: cpp, go, java, javascript, php, python, rust");
    }

    @Test
    void aLanguagesTimeLimitMustBeAPositiveWholeNumber() throws IOException {
        problem("p", GOOD_META.formatted("p").replace("\"timeLimitMs\": 1000",
                "\"timeLimitMs\": 1000, \"languageTimeLimitsMs\": {\"python\": 0}"), GOOD_TESTS);
        BrokenProblem broken = onlyBroken(load());
        assertThat(broken.jsonPath()).isEqualTo("$.languageTimeLimitsMs.python");
        assertThat(broken.message()).isEqualTo("must be a positive whole number");
    }

    private static final String CHECKED_META = """
            {"id": "%s", "title": "Any Pair", "difficulty": "easy", "tags": ["arrays"], "kind": "%s",
             "comparator": {"type": "checker"}%s}""";

    @Test
    void aStdioProblemWithItsCheckerLoadsWithTheCheckerComparator() throws IOException {
        Path dir = problem("p", CHECKED_META.formatted("p", "stdio", ""), "[{\"name\": \"t\", \"input\": \"1\\n\", "
                + "\"expected\": \"1\\n\", \"sample\": true}]");
        Files.writeString(dir.resolve("checker.py"), "import sys\nsys.exit(42)\n");
        assertThat(load().find("p").orElseThrow().comparator().type()).isEqualTo(ComparatorSpec.Type.CHECKER);
    }

    @Test
    void theCheckerComparatorWithoutCheckerPyNamesTheMissingFile() throws IOException {
        Path dir = problem("p", CHECKED_META.formatted("p", "stdio", ""), "[{\"name\": \"t\", \"input\": \"1\\n\", "
                + "\"expected\": \"1\\n\", \"sample\": true}]");
        BrokenProblem broken = onlyBroken(load());
        assertThat(broken.file()).isEqualTo(dir.resolve("checker.py"));
        assertThat(broken.message()).startsWith("missing: the comparator 'checker' needs the problem's checker program");
    }

    @Test
    void aFunctionProblemCannotUseTheChecker() throws IOException {
        Path dir = problem("p", CHECKED_META.formatted("p", "function",
                ", \"signature\": \"f(x: int) -> int\""), "[{\"name\": \"t\", \"input\": {\"x\": 1}, "
                + "\"expected\": 1, \"sample\": true}]");
        Files.writeString(dir.resolve("checker.py"), "import sys\nsys.exit(42)\n");
        BrokenProblem broken = onlyBroken(load());
        assertThat(broken.jsonPath()).isEqualTo("$.comparator.type");
        assertThat(broken.message()).contains("it is for stdio problems");
    }

    @Test
    void aFunctionTestMayExpectAnyErrorOrOneWhoseMessageContainsAText() throws IOException {
        problem("p", GOOD_META.formatted("p"), """
                [{"name": "any", "input": {"nums": [], "target": 1}, "expectedError": true, "sample": true},
                 {"name": "worded", "input": {"nums": [1], "target": 1}, "expectedError": "no pair"}]""");
        List<TestCase> tests = load().find("p").orElseThrow().tests();
        assertThat(tests).extracting(TestCase::expectedError).containsExactly("", "no pair");
        assertThat(tests.get(1).expectedText()).isEqualTo("an error whose message contains \"no pair\"");
    }

    @Test
    void aTestThatExpectsBothAValueAndAnErrorIsReported() throws IOException {
        problem("p", GOOD_META.formatted("p"), """
                [{"name": "both", "input": {"nums": [1], "target": 1}, "expected": [0, 1], "expectedError": true}]""");
        BrokenProblem broken = onlyBroken(load());
        assertThat(broken.jsonPath()).isEqualTo("$[0].expectedError");
        assertThat(broken.message()).startsWith("a test expects a value or an error, not both");
    }

    @Test
    void aStdioTestCannotExpectAnError() throws IOException {
        problem("p", """
                {"id": "p", "title": "P", "difficulty": "easy", "tags": ["math"], "kind": "stdio"}""", """
                [{"name": "t", "input": "1\\n", "expectedError": true}]""");
        BrokenProblem broken = onlyBroken(load());
        assertThat(broken.jsonPath()).isEqualTo("$[0].expectedError");
        assertThat(broken.message()).startsWith("only a function test can expect an error");
    }
}
