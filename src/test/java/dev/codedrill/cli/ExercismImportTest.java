package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.testing.SharedTestDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exercise's canonical data, written here as problem-specifications documents it (cases in nested groups, a case
 * that reimplements another, an expected error, a second property), imported with {@code import exercism} and a
 * learner's file judged on it with {@code judge} in the real private daemon.
 */
class ExercismImportTest {

    private static final String PACK = "exercism-leap-test";

    @TempDir
    Path temp;

    private Path config;

    @BeforeEach
    void sharedDaemonsConfig() throws IOException {
        SharedTestDaemon.engine();
        config = Files.writeString(temp.resolve("config.json"), SharedTestDaemon.configJson(List.of()));
        CliRun.of(config, "pack", "remove", PACK);
    }

    @AfterEach
    void removeTheImport() {
        CliRun.of(config, "pack", "remove", PACK);
    }

    @Test
    void casesBecomeTestsAReimplementedCaseIsReplacedAnErrorIsExpectedAndALearnersFileIsJudged() throws IOException {
        Path exercise = Files.createDirectories(temp.resolve("leap-test"));
        Files.writeString(exercise.resolve("description.md"), "# Leap\n\nSay whether a year is a leap year: one"
                + " divisible by 4, except centuries, except those divisible by 400. A year before 1 is an error:"
                + " \"year must be positive\".\n");
        Path data = Files.writeString(exercise.resolve("canonical-data.json"), """
                {"exercise": "leap-test",
                 "cases": [
                   {"uuid": "u1", "description": "not divisible by 4", "property": "leapYear",
                    "input": {"year": 2015}, "expected": false},
                   {"uuid": "u2", "description": "divisible by 4", "property": "leapYear",
                    "input": {"year": 1996}, "expected": true},
                   {"description": "centuries", "cases": [
                     {"uuid": "u3", "description": "divisible by 100, not by 400", "property": "leapYear",
                      "input": {"year": 2100}, "expected": true},
                     {"uuid": "u4", "description": "divisible by 400", "property": "leapYear",
                      "input": {"year": 2000}, "expected": true},
                     {"uuid": "u5", "reimplements": "u3", "description": "divisible by 100, not by 400 (fixed)",
                      "property": "leapYear", "input": {"year": 2100}, "expected": false}
                   ]},
                   {"uuid": "u6", "description": "year zero", "property": "leapYear", "input": {"year": 0},
                    "expected": {"error": "year must be positive"}},
                   {"uuid": "u7", "description": "a century", "property": "isCentury", "input": {"year": 1900},
                    "expected": true}
                 ]}
                """);

        CliRun imported = CliRun.of(config, "import", "exercism", data.toString(), "--signature",
                "leapYear(year: int) -> bool", "--tags", "math");

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported leap-test as the pack " + PACK + " 1.")
                .contains("1 case was replaced by the cases that reimplement them")
                .contains("the cases of the property 'isCentury' are left out");
        Path right = Files.writeString(temp.resolve("right.py"), """
                class Solution:
                    def leapYear(self, year):
                        if year < 1:
                            raise ValueError("year must be positive")
                        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
                """);
        Path forgetsCenturies = Files.writeString(temp.resolve("wrong.py"), """
                class Solution:
                    def leapYear(self, year):
                        if year < 1:
                            raise ValueError("year must be positive")
                        return year % 4 == 0
                """);

        CliRun accepted = CliRun.of(config, "judge", "--problem", "leap-test", "--lang", "python", right.toString());
        CliRun wrong = CliRun.of(config, "judge", "--problem", "leap-test", "--lang", "python",
                forgetsCenturies.toString());

        assertThat(accepted.out()).as(accepted.err()).contains("Accepted — 5/5 tests passed");
        assertThat(wrong.out()).as(wrong.err()).contains("Wrong Answer")
                .contains("centuries — divisible by 100").contains("expected: false");
    }
}
