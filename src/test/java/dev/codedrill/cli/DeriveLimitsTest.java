package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.main.Launcher;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.SharedTestDaemon;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code check --derive-limits}: each language's limit is its reference's slowest test times the factor, rounded up
 * to 100 ms, with the problem's limit as the floor; it is stored in problem.json, the rest of the file kept as it was
 * written.
 */
class DeriveLimitsTest {

    @TempDir
    Path temp;

    @Test
    void theLimitIsTheSlowestTestTimesTheFactorRoundedUpWithTheProblemsLimitAsTheFloor() {
        assertThat(DerivedLimits.limit(950, 1000)).isEqualTo(2900);
        assertThat(DerivedLimits.limit(100.2, 1000)).isEqualTo(1000);
        assertThat(DerivedLimits.limit(400, 1000)).isEqualTo(1200);
    }

    @Test
    void writingTheLimitsKeepsTheOtherFieldsInTheirOrderNextToTimeLimitAndRemovingThemRemovesTheField()
            throws IOException {
        Path file = temp.resolve("problem.json");
        Files.writeString(file, """
                {"id": "p", "tags": ["math", "arrays"], "timeLimitMs": 1000, "memoryLimitMb": 256}""");

        DerivedLimits.write(file, Map.of("python", 3000, "php", 2500));

        assertThat(Files.readString(file)).isEqualTo("""
                {
                  "id": "p",
                  "tags": ["math", "arrays"],
                  "timeLimitMs": 1000,
                  "languageTimeLimitsMs": {
                    "php": 2500,
                    "python": 3000
                  },
                  "memoryLimitMb": 256
                }
                """);
        DerivedLimits.write(file, Map.of());
        assertThat(Files.readString(file)).doesNotContain("languageTimeLimitsMs").contains("\"memoryLimitMb\": 256");
    }

    @Test
    void checkMeasuresAReferenceOverTheLimitAndStoresItsLanguagesOwnLimit() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("pack/slow-sum"));
        Files.writeString(dir.resolve("problem.json"), """
                {"id": "slow-sum", "title": "Slow Sum", "difficulty": "easy", "tags": ["math"], "kind": "stdio",
                 "timeLimitMs": 300}""");
        Files.writeString(dir.resolve("statement.md"), "# Slow Sum\n\nRead two integers a and b; print a + b.\n");
        Files.writeString(dir.resolve("tests.json"), """
                [{"name": "small", "input": "1 2\\n", "expected": "3\\n", "sample": true},
                 {"name": "larger", "input": "40 2\\n", "expected": "42\\n", "sample": false}]""");
        Files.createDirectories(dir.resolve("solutions"));
        // about half a second of work on each test: over the 300 ms limit, which the derived limit must cover
        Files.writeString(dir.resolve("solutions/python.py"), """
                import time
                a, b = map(int, input().split())
                end = time.process_time() + 0.5
                while time.process_time() < end:
                    pass
                print(a + b)
                """);
        // a problem check accepts keeps a wrong submission its tests reject
        Files.createDirectories(dir.resolve("submissions/wrong_answer"));
        Files.writeString(dir.resolve("submissions/wrong_answer/difference.py"), """
                a, b = map(int, input().split())
                print(a - b)
                """);
        SharedTestDaemon.engine();
        Path config = temp.resolve("config.json");
        Files.writeString(config, SharedTestDaemon.configJson(List.of(temp.resolve("pack"))));
        StringWriter out = new StringWriter();
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));

        int exit = cli.execute("--config", config.toString(), "check", "--lang", "python", "--derive-limits",
                "slow-sum");

        assertThat(exit).as(out.toString()).isZero();
        Problem reloaded = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(temp.resolve("pack")))
                .find("slow-sum").orElseThrow();
        assertThat(reloaded.timeLimitMs()).isEqualTo(300);
        assertThat(reloaded.timeLimitMs("python")).isGreaterThanOrEqualTo(1500);
        assertThat(out.toString()).contains("LIMITS slow-sum: 300 ms, python " + reloaded.timeLimitMs("python") + " ms");
    }
}
