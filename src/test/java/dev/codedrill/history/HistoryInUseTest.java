package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryInUseTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStoreInTheSameProcessIsToldTheHistoryIsInUseAndTheFirstCarriesOn() {
        try (HistoryStore first = HistoryStore.open(dataDir)) {
            long pending = first.submissions().recordQueued(
                    new NewSubmission("two-sum", "python", SubmissionKind.RUN, "x"));

            assertThatThrownBy(() -> HistoryStore.open(dataDir))
                    .isInstanceOf(HistoryInUseException.class)
                    .hasMessageContaining("in use by another CodeDrill")
                    .hasMessageContaining(HistoryStore.databaseFile(dataDir).toString())
                    .hasMessageContaining("process " + ProcessHandle.current().pid());

            // the loser must not have marked the winner's pending submission interrupted
            assertThat(first.submissions().find(pending).orElseThrow().summary().verdict())
                    .isEqualTo(SubmissionVerdict.QUEUED);
        }
        try (HistoryStore again = HistoryStore.open(dataDir)) {
            assertThat(again.submissions().all()).hasSize(1);
        }
    }

    @Test
    void aSecondProcessHoldingTheHistoryMakesOpeningFailClearlyAndLeavesTheDatabaseIntact() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldHistoryOpen.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(readUntil(out, "OPEN")).as("the other CodeDrill opened the history").isTrue();

            assertThatThrownBy(() -> HistoryStore.open(dataDir))
                    .isInstanceOf(HistoryInUseException.class)
                    .hasMessageContaining("in use by another CodeDrill")
                    .hasMessageContaining("process " + other.pid())
                    .hasMessageContaining(HistoryStore.databaseFile(dataDir).toString());

            try (OutputStream in = other.getOutputStream()) {
                in.write("close\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(readUntil(out, "CLOSED")).isTrue();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).isZero();
        } finally {
            other.destroy();
        }

        try (HistoryStore store = HistoryStore.open(dataDir)) {
            assertThat(store.recovery()).isEmpty();
            assertThat(store.submissions().all()).singleElement().satisfies(s -> {
                assertThat(s.problemId()).isEqualTo("held-problem");
                assertThat(s.verdict()).isEqualTo(SubmissionVerdict.ACCEPTED);
            });
        }
    }

    private static boolean readUntil(BufferedReader out, String marker) throws Exception {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(marker)) {
                return true;
            }
            System.out.println("other CodeDrill: " + line);
        }
        return false;
    }
}
