package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.testing.SharedTestDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code codedrill stress} in the real private daemon: random tests from a generator, answered by a brute force,
 * find the bug planted in a solution and print the smallest input they disagree on; a right solution survives them.
 */
class StressCommandTest {

    @TempDir
    Path temp;

    @Test
    void aPlantedBugIsFoundAndTheSmallestDisagreementIsShownWhileARightSolutionSurvives() throws IOException {
        SharedTestDaemon.engine();
        Path config = Files.writeString(temp.resolve("config.json"), SharedTestDaemon.configJson(List.of()));
        // a-plus-b: two integers on a line; the generator's sizes grow with the seed, so small inputs come first
        Path generator = Files.writeString(temp.resolve("gen.py"), """
                import random, sys
                seed = int(sys.argv[1])
                rng = random.Random(seed)
                size = 10 ** (1 + seed % 9)
                print(rng.randint(-size, size), rng.randint(-size, size))
                """);
        Path brute = Files.writeString(temp.resolve("brute.py"), "a, b = map(int, input().split())\nprint(a + b)\n");
        // the planted bug: a sum over a million comes out one too small
        Path buggy = Files.writeString(temp.resolve("buggy.py"), """
                a, b = map(int, input().split())
                s = a + b
                print(s - 1 if s > 1000000 else s)
                """);
        Path right = Files.writeString(temp.resolve("right.js"), """
                const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(BigInt);
                console.log((a + b).toString());
                """);

        CliRun found = CliRun.of(config, "stress", "--problem", "a-plus-b", "--generator", generator.toString(),
                "--brute", brute.toString(), buggy.toString(), "--tests", "20", "--rounds", "3");
        CliRun survived = CliRun.of(config, "stress", "--problem", "a-plus-b", "--generator", generator.toString(),
                "--brute", brute.toString(), right.toString(), "--tests", "20", "--rounds", "2");

        assertThat(found.exit()).as(found.out() + found.err()).isEqualTo(1);
        assertThat(found.out()).contains("The solution and the brute force disagree: Wrong Answer on seed ");
        String[] lines = found.out().split("\n");
        String input = lines[2];
        long sum = java.util.Arrays.stream(input.trim().split("\\s+")).mapToLong(Long::parseLong).sum();
        assertThat(sum).isGreaterThan(1_000_000);
        assertThat(lines[4]).isEqualTo(Long.toString(sum));
        assertThat(lines[6]).isEqualTo(Long.toString(sum - 1));
        assertThat(survived.exit()).as(survived.out() + survived.err()).isZero();
        assertThat(survived.out()).startsWith("No disagreement in 40 random tests (seeds 1 to 40).");
    }
}
