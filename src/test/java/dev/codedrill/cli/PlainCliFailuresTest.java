package dev.codedrill.cli;

import static dev.codedrill.testing.PlainText.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.main.Launcher;
import dev.codedrill.testing.FullDisk;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * What the CLI prints when things go wrong — no engine, a broken problem, a malformed config, a source file that is
 * not UTF-8, a full disk — is words and what to do, with the exit code a script can act on; never a class name or
 * a stack trace.
 */
@Timeout(120)
class PlainCliFailuresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TWO_SUM = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n";

    @TempDir
    Path temp;

    private Path dataDir;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void aConfigWithADataDirOfItsOwnAndNoEngine() {
        dataDir = temp.resolve("data");
        settings.put("dataDir", dataDir.toString());
        settings.put("docker", Map.of("mode", "host", "host", "unix://" + temp.resolve("no-docker.sock")));
    }

    private int run(String... args) throws IOException {
        Path config = temp.resolve("config.json");
        if (!Files.exists(config)) {
            Files.writeString(config, JSON.writeValueAsString(settings));
        }
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--config";
        all[1] = config.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    private int submissionsRecorded() {
        if (!Files.exists(dataDir)) {
            return 0;
        }
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            return store.submissions().all().size();
        }
    }

    @Test
    void judgingAFileThatIsNotUtf8IsRefusedWithWhereTheByteIsAndNothingIsRecorded() throws IOException {
        Path file = temp.resolve("solution.py");
        byte[] head = "class Solution:\n    def twoSum(self, nums, target):\n        s = 'é".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = '\'';
        bytes[head.length + 2] = '\n';
        Files.write(file, bytes);

        int exit = run("judge", "--problem", "two-sum", "--lang", "python", file.toString());

        assertThat(exit).as(err.toString()).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("codedrill: " + file + ": line 3, column 15 has a byte (0xFF)"
                + " that is not UTF-8 text. Save the file as UTF-8 and try again.");
        assertThat(out.toString()).isEmpty();
        assertThat(submissionsRecorded()).isZero();
    }

    /** Every language, a stdio and a function problem: the bundled reference solution with one byte broken. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"python, a-plus-b, py", "python, two-sum, py", "javascript, a-plus-b, js",
            "javascript, two-sum, js", "java, a-plus-b, java", "java, two-sum, java", "cpp, a-plus-b, cpp",
            "cpp, two-sum, cpp", "go, a-plus-b, go", "go, two-sum, go", "php, a-plus-b, php", "php, two-sum, php"})
    void aReferenceSolutionWithAByteThatIsNotUtf8IsRefusedInEveryLanguage(String language, String problem,
                                                                         String extension) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("problems", problem, "solutions", language + "." + extension));
        int broken = Math.min(3, lines.size()); // 1-based: the third line, which the byte starts
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == broken - 1 ? "\u0000" : "").append(lines.get(i)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = (byte) 0xC0; // a byte no UTF-8 text has
            }
        }
        Path file = temp.resolve("solution." + extension);
        Files.write(file, bytes);

        int exit = run("judge", "--problem", problem, "--lang", language, file.toString());

        assertThat(exit).as(err.toString()).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("codedrill: " + file + ": line " + broken
                + ", column 1 has a byte (0xC0) that is not UTF-8 text. Save the file as UTF-8 and try again.");
        assertThat(submissionsRecorded()).isZero();
    }

    @Test
    void aMisspelledProblemIdIsAnsweredWithTheIdsItResemblesBeforeAnyEngineIsNeeded() throws IOException {
        Path file = temp.resolve("solution.py");
        Files.writeString(file, TWO_SUM);

        int exit = run("judge", "--problem", "two-sun", "--lang", "python", file.toString());

        assertThat(exit).isEqualTo(2);
        assertPlain(err.toString());
        assertThat(err.toString()).contains("Unknown problem 'two-sun'. Did you mean two-sum?")
                .doesNotContain("Docker");
        assertThat(submissionsRecorded()).isZero();
    }

    @Test
    void aProblemIdWithNoProblemsAtAllSaysWhereItLookedAndHowToNameAProblemsFolder() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("no-problems-here"));
        Path file = temp.resolve("solution.py");
        Files.writeString(file, TWO_SUM);
        String before = System.getProperty("codedrill.problems");
        System.setProperty("codedrill.problems", empty.toString());
        try {
            int exit = run("check", "two-sum");

            assertThat(exit).isEqualTo(2);
            assertPlain(err.toString());
            assertThat(err.toString()).contains("Unknown problem 'two-sum': there are no problems to judge (none"
                    + " were found in " + empty + ", " + dataDir.resolve("my-problems") + ")")
                    .contains("-Dcodedrill.problems=DIR").doesNotContain("Known:");
        } finally {
            if (before == null) {
                System.clearProperty("codedrill.problems");
            } else {
                System.setProperty("codedrill.problems", before);
            }
        }
    }

    @Test
    void judgingWithNoEngineSaysNoDockerRunsAndHowToStartIt() throws IOException {
        Path file = temp.resolve("solution.py");
        Files.writeString(file, TWO_SUM);

        int exit = run("judge", "--problem", "two-sum", "--lang", "python", file.toString());

        assertThat(exit).isEqualTo(1);
        assertPlain(err.toString());
        assertThat(err.toString()).contains("No Docker engine is running").contains("no-docker.sock")
                .contains("Start Docker");
    }

    @Test
    void judgingABrokenProblemSaysWhatIsWrongWithItsFilesInWords() throws IOException {
        Path pack = temp.resolve("pack");
        Path badMeta = Files.createDirectories(pack.resolve("bad-meta"));
        Files.writeString(badMeta.resolve("problem.json"), "{\"id\": \"bad-meta\", \"title\": x}");
        Files.writeString(badMeta.resolve("statement.md"), "# Bad\n");
        Files.writeString(badMeta.resolve("tests.json"), "[]");
        Path badTests = Files.createDirectories(pack.resolve("bad-tests"));
        Files.writeString(badTests.resolve("problem.json"), "{\"id\": \"bad-tests\", \"title\": \"Bad\", \"difficulty\":"
                + " \"easy\", \"tags\": [\"math\"], \"kind\": \"stdio\"}");
        Files.writeString(badTests.resolve("statement.md"), "# Bad\n");
        Files.writeString(badTests.resolve("tests.json"), "[{\"name\": \"one\", \"input\": \"1\", \"expected\": \"1\",");
        settings.put("problemDirs", List.of(pack.toString()));
        Path file = temp.resolve("solution.py");
        Files.writeString(file, "print(1)\n");

        int badMetaExit = run("judge", "--problem", "bad-meta", "--lang", "python", file.toString());
        String badMetaSaid = err.toString();
        err.getBuffer().setLength(0);
        int badTestsExit = run("judge", "--problem", "bad-tests", "--lang", "python", file.toString());
        String badTestsSaid = err.toString();

        assertThat(badMetaExit).isEqualTo(2);
        assertPlain(badMetaSaid);
        assertThat(badMetaSaid).contains(badMeta.resolve("problem.json").toString())
                .contains("not valid JSON (line 1, column 31): 'x' is not a JSON value");
        assertThat(badTestsExit).isEqualTo(2);
        assertPlain(badTestsSaid);
        assertThat(badTestsSaid).contains(badTests.resolve("tests.json").toString())
                .contains("the file ends before the JSON does");
    }

    @Test
    void checkingWithAKeptFolderThatDoesNotExistNamesTheFoldersItTakesBeforeStartingAnything() throws IOException {
        int exit = run("check", "two-sum", "--kept", "wrong_answer,slow");

        assertThat(exit).isEqualTo(2);
        assertPlain(err.toString());
        assertThat(err.toString()).contains("--kept takes folders of submissions/: accepted, wrong_answer, "
                + "time_limit_exceeded, runtime_error; not 'slow'").doesNotContain("Docker");
    }

    @Test
    void checkingWithNoneOfEachKeptFolderSaysHowManyItTakesBeforeStartingAnything() throws IOException {
        int exit = run("check", "two-sum", "--kept-each", "0");

        assertThat(exit).isEqualTo(2);
        assertPlain(err.toString());
        assertThat(err.toString()).contains("--kept-each takes how many kept submissions to judge of each problem, "
                + "folder and language: 1 or more, not 0").doesNotContain("Docker");
    }

    @Test
    void aConfigThatIsNotJsonIsNamedWithThePlaceOfTheFault() throws IOException {
        Path config = temp.resolve("config.json");
        Files.writeString(config, "{\n  \"dataDir\": \"" + dataDir + "\"\n  \"docker\": {}\n}");

        int exit = run("history");

        assertThat(exit).isEqualTo(2);
        assertPlain(err.toString());
        assertThat(err.toString()).contains(config.toString()).contains("line 3")
                .contains("a comma or '}' was expected").contains("Fix the config file and try again.");
    }

    @Test
    void aHistoryOnAFullDiskSaysTheDiskIsFull() throws Exception {
        try (FullDisk disk = FullDisk.mount(temp.resolve("disk"), 256).fill()) {
            dataDir = disk.dir().resolve("data");
            settings.put("dataDir", dataDir.toString());

            int exit = run("history");

            assertThat(exit).isEqualTo(1);
            assertPlain(err.toString());
            assertThat(err.toString().strip()).isEqualTo("codedrill: The disk is full, so reading your history could"
                    + " not finish. Free some space on the disk and try again.");
        }
    }

    @Test
    void codeThatDoesNotLoadIsARuntimeErrorWhoseReasonTheJsonCarries(@TempDir Path pack) throws IOException {
        TempProblemJudge problem = TempProblemJudge.write(pack, "max-of", """
                {"id": "max-of", "title": "Max Of", "difficulty": "easy", "tags": ["arrays"], "kind": "function",
                 "signature": "maxOf(nums: int[]) -> int"}""", "# Max Of\n\nThe largest.\n", """
                [{"name": "e", "input": {"nums": [1, 5]}, "expected": 5, "sample": true}]""");

        com.fasterxml.jackson.databind.JsonNode result = problem.judge("python",
                "class Solution:\n    def max_of(self, nums):\n        return max(nums)\n");

        assertThat(result.path("verdict").asText()).as(result.toPrettyString()).isEqualTo("RUNTIME_ERROR");
        assertThat(result.path("detail").asText())
                .isEqualTo("no method maxOf in class Solution: keep the name of the starter code");
    }
}
