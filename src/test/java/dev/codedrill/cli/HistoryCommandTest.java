package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.Judgement;
import dev.codedrill.history.NewSubmission;
import dev.codedrill.history.SubmissionKind;
import dev.codedrill.history.SubmissionVerdict;
import dev.codedrill.main.Launcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HistoryCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path dataDir;
    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void configPointingAtATempDataDir() throws IOException {
        dataDir = temp.resolve("data");
        config = temp.resolve("config.json");
        Files.writeString(config, JSON.writeValueAsString(Map.of("dataDir", dataDir.toString())));
    }

    private int run(String... args) {
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private void seed() {
        try (HistoryStore store = HistoryStore.open(dataDir,
                Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC))) {
            long accepted = store.submissions().recordQueued(
                    new NewSubmission("two-sum", "python", SubmissionKind.SUBMIT, "print(1)"));
            store.submissions().recordJudged(accepted, new Judgement(SubmissionVerdict.ACCEPTED, 12, 12, 340, "[]"));
            long wrong = store.submissions().recordQueued(
                    new NewSubmission("fizz-buzz", "java", SubmissionKind.RUN, "class S {}"));
            store.submissions().recordJudged(wrong, new Judgement(SubmissionVerdict.WRONG_ANSWER, 1, 3, 95, "[]"));
            store.submissions().recordQueued(new NewSubmission("two-sum", "go", SubmissionKind.CUSTOM, "package main"));
        }
    }

    @Test
    void jsonListsTheSubmissionsOfTheConfiguredDataDirNewestFirst() throws IOException {
        seed();

        assertThat(run("--config", config.toString(), "history", "--json")).isZero();

        JsonNode rows = JSON.readTree(out.toString());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.get("problemId").asText()).containsExactly("two-sum", "fizz-buzz", "two-sum");
        JsonNode middle = rows.get(1);
        assertThat(middle.get("language").asText()).isEqualTo("java");
        assertThat(middle.get("kind").asText()).isEqualTo("RUN");
        assertThat(middle.get("verdict").asText()).isEqualTo("WRONG_ANSWER");
        assertThat(middle.get("passed").asInt()).isEqualTo(1);
        assertThat(middle.get("total").asInt()).isEqualTo(3);
        assertThat(middle.get("timeMs").asLong()).isEqualTo(95);
        assertThat(middle.get("createdAt").asText()).isEqualTo("2026-03-10T09:00:00Z");
        // the third was still queued when its store closed: this open found it interrupted
        assertThat(rows.get(0).get("verdict").asText()).isEqualTo("INTERRUPTED");
        assertThat(rows.get(0).get("passed").isNull()).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void problemLimitsTheListToOneProblem() throws IOException {
        seed();

        assertThat(run("history", "--problem", "fizz-buzz", "--json", "--config", config.toString())).isZero();

        JsonNode rows = JSON.readTree(out.toString());
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("problemId").asText()).isEqualTo("fizz-buzz"));
    }

    @Test
    void withoutJsonItPrintsATable() {
        seed();

        assertThat(run("--config", config.toString(), "history")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("ID", "PROBLEM", "VERDICT");
        assertThat(lines.get(2)).contains("fizz-buzz", "java", "RUN", "WRONG_ANSWER", "1/3", "95 ms");
    }

    @Test
    void anEmptyHistorySaysSoAndJsonIsAnEmptyArray() throws IOException {
        assertThat(run("--config", config.toString(), "history")).isZero();
        assertThat(out.toString()).contains("No submissions yet.");

        out.getBuffer().setLength(0);
        assertThat(run("--config", config.toString(), "history", "--json")).isZero();
        assertThat(JSON.readTree(out.toString()).isEmpty()).isTrue();
    }

    @Test
    void aBadProblemIdIsRefusedWithAClearMessage() {
        int exit = run("--config", config.toString(), "history", "--problem", "Two Sum");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--problem", "kebab-case", "'Two Sum'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionIsRefused() {
        assertThat(run("--config", config.toString(), "history", "--jsn")).isNotZero();
        assertThat(err.toString()).contains("--jsn");
    }

    @Test
    void aHistoryInUseByAnotherCodeDrillIsReportedNotOpened() {
        try (HistoryStore gui = HistoryStore.open(dataDir)) {
            assertThat(run("--config", config.toString(), "history")).isEqualTo(1);
            assertThat(err.toString()).contains("in use by another CodeDrill", HistoryStore.databaseFile(dataDir).toString());
        }
    }
}
