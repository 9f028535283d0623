package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void aSubmissionQueuedJustBeforeTheAppWasKilledIsKeptAndShownInterrupted() throws Exception {
        Process crashing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldHistoryOpen.class.getName(), dataDir.toString(),
                "pending")
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(crashing.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("OPEN"));
            assertThat(line).as("the other CodeDrill opened the history").isEqualTo("OPEN");
        } finally {
            crashing.destroyForcibly();
        }
        assertThat(crashing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (HistoryStore store = HistoryStore.open(dataDir)) {
            assertThat(store.interruptedOnOpen()).isEqualTo(1);
            assertThat(store.submissions().all()).singleElement().satisfies(s -> {
                assertThat(s.problemId()).isEqualTo("held-problem");
                assertThat(s.verdict()).isEqualTo(SubmissionVerdict.INTERRUPTED);
            });
        }
    }
}
