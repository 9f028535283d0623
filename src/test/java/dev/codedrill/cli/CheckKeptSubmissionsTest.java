package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.main.Launcher;
import dev.codedrill.testing.SharedTestDaemon;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code codedrill check} on a small stdio problem of its own with kept submissions in Python, judged for real in the
 * shared test daemon: one accepted, one wrong answer, and one filed under accepted that is in fact wrong.
 */
class CheckKeptSubmissionsTest {

    private static final String ID = "kept-submissions-sum";
    private static final String MISFILED = "submissions/accepted/off_by_one.py";

    @TempDir
    static Path temp;

    private static Path config;

    @BeforeAll
    static void aProblemWithKeptSubmissionsAndAConfigForTheSharedDaemon() throws IOException {
        Path pack = temp.resolve("pack");
        Path dir = Files.createDirectories(pack.resolve(ID));
        Files.writeString(dir.resolve("problem.json"), """
                {"id": "%s", "title": "Kept Sum", "difficulty": "easy", "tags": ["math"], "kind": "stdio",
                 "comparator": {"type": "lines"}, "timeLimitMs": 2000}""".formatted(ID));
        Files.writeString(dir.resolve("statement.md"), "# Kept Sum\n\nRead two integers a and b; print a + b.\n");
        Files.writeString(dir.resolve("tests.json"), """
                [{"name": "small", "input": "1 2\\n", "expected": "3\\n", "sample": true},
                 {"name": "larger", "input": "40 2\\n", "expected": "42\\n", "sample": false},
                 {"name": "negative", "input": "-5 3\\n", "expected": "-2\\n", "sample": false}]""");
        String sum = "a, b = map(int, input().split())\nprint(a + b)\n";
        write(dir.resolve("solutions/python.py"), sum);
        write(dir.resolve("submissions/accepted/sum.py"), sum);
        // right on the sample, wrong on the hidden tests: only a check on every test catches it
        write(dir.resolve("submissions/wrong_answer/times_two_plus_one.py"),
                "a, b = map(int, input().split())\nprint(a * 2 + 1)\n");
        write(dir.resolve(MISFILED), "a, b = map(int, input().split())\nprint(a + b + 1)\n");
        SharedTestDaemon.engine(); // started (or found running) as every test of the shared daemon does
        config = temp.resolve("config.json");
        Files.writeString(config, SharedTestDaemon.configJson(List.of(pack)));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run check(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 3];
        all[0] = "--config";
        all[1] = config.toString();
        all[2] = "check";
        System.arraycopy(args, 0, all, 3, args.length);
        return new Run(cli.execute(all), out.toString(), err.toString());
    }

    @Test
    void jsonHasARowPerKeptSubmissionAndTheMisfiledOneFailsTheCheck() throws IOException {
        Run run = check(ID, "--lang", "python", "--json");

        assertThat(run.exit()).as("exit; stderr:%n%s", run.err()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("problemFaults")).isEmpty();
        assertThat(report.get("results")).singleElement()
                .satisfies(r -> assertThat(r.get("verdict").asText()).isEqualTo("ACCEPTED"));
        JsonNode kept = report.get("kept");
        assertThat(kept).hasSize(3);
        assertThat(kept).allSatisfy(k -> {
            assertThat(k.get("problem").asText()).isEqualTo(ID);
            assertThat(k.get("language").asText()).isEqualTo("python");
        });
        assertThat(kept).extracting(k -> k.get("file").asText() + " " + k.get("expected").asText() + " "
                + k.get("got").asText() + " " + k.get("ok").asBoolean()).containsExactly(
                MISFILED + " ACCEPTED WRONG_ANSWER false",
                "submissions/accepted/sum.py ACCEPTED ACCEPTED true",
                "submissions/wrong_answer/times_two_plus_one.py WRONG_ANSWER WRONG_ANSWER true");
    }

    @Test
    void theTableNamesTheMisfiledSubmissionItsExpectedVerdictAndWhatItGot() {
        Run run = check(ID, "--lang", "python");

        assertThat(run.exit()).as("exit; stderr:%n%s", run.err()).isEqualTo(1);
        assertThat(run.out()).contains("kept submissions: 2 of 3 got their folder's verdict");
        assertThat(run.out().lines().filter(l -> l.startsWith("KEPT ")).toList()).containsExactly(
                "KEPT " + ID + " python " + MISFILED + ": expected ACCEPTED, got WRONG_ANSWER (test 1 (small))");
        assertThat(run.out()).doesNotContain("FAIL " + ID + " python"); // the reference solution is accepted
    }

    @Test
    void noKeptSkipsThemAndTheReferenceSolutionAlonePasses() throws IOException {
        Run run = check(ID, "--lang", "python", "--json", "--no-kept");

        assertThat(run.exit()).as("exit; stdout:%n%s%nstderr:%n%s", run.out(), run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.get("kept")).isEmpty();
    }

    @Test
    void keptEachJudgesOnlyTheFirstKeptSubmissionByNameOfEachFolder() throws IOException {
        Run run = check(ID, "--lang", "python", "--json", "--kept-each", "1");

        assertThat(run.exit()).as("exit; stderr:%n%s", run.err()).isEqualTo(1); // the first of accepted/ is misfiled
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("kept")).extracting(k -> k.get("file").asText() + " " + k.get("ok").asBoolean())
                .containsExactly(MISFILED + " false", "submissions/wrong_answer/times_two_plus_one.py true");
    }
}
