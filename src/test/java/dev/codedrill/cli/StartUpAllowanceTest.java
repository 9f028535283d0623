package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.main.Launcher;
import dev.codedrill.testing.SharedTestDaemon;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A function run has its start-up allowance (3 s, and 1 s per MB of input) until its first answer, not until its
 * results file appears: every harness makes that file, empty, before it loads the code and reads the tests. Cut off
 * at the per-test stall allowance instead, a slow start (a big import, 15 MB of design calls read by Node on a busy
 * machine) was "Time Limit Exceeded on test 1, 0 ms".
 */
class StartUpAllowanceTest {

    @TempDir
    Path temp;

    @Test
    void codeThatTakesLongerToLoadThanATestsCutOffButLessThanTheStartUpAllowanceIsJudged() throws IOException {
        // 4.2 s at import: past two-sum's per-test cut-off (2 s + 1.5 s), within the start-up allowance (3 s + 2 s)
        Path code = Files.writeString(temp.resolve("slow_start.py"), """
                import time
                time.sleep(4.2)

                class Solution:
                    def twoSum(self, nums, target):
                        seen = {}
                        for i, x in enumerate(nums):
                            if target - x in seen:
                                return [seen[target - x], i]
                            seen[x] = i
                """);
        SharedTestDaemon.engine();
        Path config = Files.writeString(temp.resolve("config.json"), SharedTestDaemon.configJson(List.of()));
        StringWriter out = new StringWriter();
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));

        int exit = cli.execute("--config", config.toString(), "judge", "--problem", "two-sum", "--lang", "python",
                code.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Accepted — ");
    }
}
