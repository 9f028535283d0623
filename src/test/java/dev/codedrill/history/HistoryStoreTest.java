package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {

    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.at("2026-03-10T09:00:00Z");

    private HistoryStore open() {
        return HistoryStore.open(temp.resolve("data"), clock);
    }

    private static NewSubmission submission(String problem, SubmissionKind kind, String code) {
        return new NewSubmission(problem, "python", kind, code);
    }

    @Test
    void opensAnEmptyDataDirByCreatingTheDatabaseAndMigratingItsSchema() throws Exception {
        Path dataDir = temp.resolve("data");
        try (HistoryStore store = open()) {
            assertThat(store.databaseFile()).isEqualTo(dataDir.resolve("history.mv.db").toAbsolutePath());
            assertThat(store.submissions().all()).isEmpty();
            assertThat(store.recovery()).isEmpty();
            assertThat(store.interruptedOnOpen()).isZero();
        }
        assertThat(dataDir.resolve("history.mv.db")).isRegularFile();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("history"), "sa", "");
             ResultSet rows = c.createStatement().executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("1");
            assertThat(rows.getBoolean(2)).isTrue();
        }
    }

    @Test
    void aSubmissionIsRecordedWhenQueuedAndUpdatedWhenJudged() {
        try (HistoryStore store = open()) {
            SubmissionLog log = store.submissions();
            long id = log.recordQueued(submission("two-sum", SubmissionKind.SUBMIT, "print(1)\n"));

            SubmissionSummary queued = log.find(id).orElseThrow().summary();
            assertThat(queued.verdict()).isEqualTo(SubmissionVerdict.QUEUED);
            assertThat(queued.queuedAt()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
            assertThat(queued.passed()).isNull();
            assertThat(queued.judgedAt()).isNull();

            assertThat(log.markRunning(id)).isTrue();
            assertThat(log.find(id).orElseThrow().summary().verdict()).isEqualTo(SubmissionVerdict.RUNNING);

            clock.advance(Duration.ofMillis(1500));
            String details = "[{\"name\":\"t1\",\"status\":\"ACCEPTED\"},{\"name\":\"t2\",\"status\":\"WRONG_ANSWER\"}]";
            assertThat(log.recordJudged(id, new Judgement(SubmissionVerdict.WRONG_ANSWER, 1, 2, 87, details))).isTrue();

            SubmissionRecord judged = log.find(id).orElseThrow();
            assertThat(judged.code()).isEqualTo("print(1)\n");
            assertThat(judged.detailsJson()).isEqualTo(details);
            assertThat(judged.summary()).isEqualTo(new SubmissionSummary(id, "two-sum", "python", SubmissionKind.SUBMIT,
                    SubmissionVerdict.WRONG_ANSWER, 1, 2, 87L, Instant.parse("2026-03-10T09:00:00Z"),
                    Instant.parse("2026-03-10T09:00:01.500Z")));
        }
    }

    @Test
    void aVerdictArrivingAfterACancelDoesNotOverwriteIt() {
        try (HistoryStore store = open()) {
            long id = store.submissions().recordQueued(submission("two-sum", SubmissionKind.RUN, "x"));
            assertThat(store.submissions().markCancelled(id)).isTrue();
            assertThat(store.submissions().recordJudged(id, new Judgement(SubmissionVerdict.ACCEPTED, 1, 1, 5, null)))
                    .isFalse();
            assertThat(store.submissions().markRunning(id)).isFalse();
            assertThat(store.submissions().find(id).orElseThrow().summary().verdict())
                    .isEqualTo(SubmissionVerdict.CANCELLED);
        }
    }

    @Test
    void updatingAnUnknownSubmissionChangesNothing() {
        try (HistoryStore store = open()) {
            assertThat(store.submissions().recordJudged(42, Judgement.without(SubmissionVerdict.INTERNAL_ERROR))).isFalse();
            assertThat(store.submissions().find(42)).isEmpty();
        }
    }

    @Test
    void submissionsLeftPendingWhenTheStoreClosedAreInterruptedOnTheNextOpen() {
        long queued;
        long running;
        long judged;
        try (HistoryStore store = open()) {
            queued = store.submissions().recordQueued(submission("two-sum", SubmissionKind.SUBMIT, "a"));
            running = store.submissions().recordQueued(submission("two-sum", SubmissionKind.RUN, "b"));
            store.submissions().markRunning(running);
            judged = store.submissions().recordQueued(submission("fizz-buzz", SubmissionKind.SUBMIT, "c"));
            store.submissions().recordJudged(judged, new Judgement(SubmissionVerdict.ACCEPTED, 3, 3, 10, "[]"));
        }
        clock.advance(Duration.ofMinutes(5));
        try (HistoryStore store = open()) {
            assertThat(store.interruptedOnOpen()).isEqualTo(2);
            SubmissionLog log = store.submissions();
            assertThat(log.find(queued).orElseThrow().summary().verdict()).isEqualTo(SubmissionVerdict.INTERRUPTED);
            assertThat(log.find(running).orElseThrow().summary().verdict()).isEqualTo(SubmissionVerdict.INTERRUPTED);
            assertThat(log.find(running).orElseThrow().summary().judgedAt()).isEqualTo(clock.instant());
            assertThat(log.find(running).orElseThrow().code()).isEqualTo("b");
            assertThat(log.find(judged).orElseThrow().summary().verdict()).isEqualTo(SubmissionVerdict.ACCEPTED);
        }
        try (HistoryStore store = open()) {
            assertThat(store.interruptedOnOpen()).isZero();
        }
    }

    @Test
    void listsAreNewestFirstAndCanBeLimitedToOneProblem() {
        try (HistoryStore store = open()) {
            SubmissionLog log = store.submissions();
            long first = log.recordQueued(submission("two-sum", SubmissionKind.RUN, "1"));
            clock.advance(Duration.ofSeconds(1));
            long second = log.recordQueued(submission("fizz-buzz", SubmissionKind.RUN, "2"));
            clock.advance(Duration.ofSeconds(1));
            long third = log.recordQueued(submission("two-sum", SubmissionKind.SUBMIT, "3"));
            long sameMillisecond = log.recordQueued(submission("two-sum", SubmissionKind.CUSTOM, "4"));

            assertThat(log.all()).extracting(SubmissionSummary::id).containsExactly(sameMillisecond, third, second, first);
            assertThat(log.ofProblem("two-sum")).extracting(SubmissionSummary::id)
                    .containsExactly(sameMillisecond, third, first);
            assertThat(log.ofProblem("no-such-problem")).isEmpty();
        }
    }

    @Test
    void twoSubmissionsAreComparedAsALineDiff() {
        try (HistoryStore store = open()) {
            SubmissionLog log = store.submissions();
            long older = log.recordQueued(submission("two-sum", SubmissionKind.SUBMIT, "a = 1\nb = 2\nprint(a)\n"));
            long newer = log.recordQueued(submission("two-sum", SubmissionKind.SUBMIT, "a = 1\nb = 3\nprint(a)\n"));

            CodeDiff diff = log.compare(older, newer);

            assertThat(diff.unified()).contains("--- #" + older, "+++ #" + newer, "-b = 2", "+b = 3");
            assertThat(diff.addedLines()).isEqualTo(1);
            assertThat(diff.removedLines()).isEqualTo(1);
            assertThatThrownBy(() -> log.compare(older, 999)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("999");
        }
    }

    @Test
    void draftsAndTheLastLanguageAreRestoredAfterReopening() {
        try (HistoryStore store = open()) {
            store.drafts().save("two-sum", "python", "first");
            store.drafts().save("two-sum", "python", "def twoSum(nums, target):\n    pass\n");
            store.drafts().save("two-sum", "java", "class Solution {}");
            store.drafts().rememberLanguage("two-sum", "java");
            store.drafts().rememberLanguage("two-sum", "python");
        }
        try (HistoryStore store = open()) {
            Drafts drafts = store.drafts();
            assertThat(drafts.load("two-sum", "python")).hasValueSatisfying(d -> {
                assertThat(d.code()).isEqualTo("def twoSum(nums, target):\n    pass\n");
                assertThat(d.savedAt()).isEqualTo(clock.instant());
            });
            assertThat(drafts.load("two-sum", "java")).map(Draft::code).hasValue("class Solution {}");
            assertThat(drafts.load("two-sum", "go")).isEmpty();
            assertThat(drafts.lastLanguage("two-sum")).hasValue("python");
            assertThat(drafts.lastLanguage("fizz-buzz")).isEmpty();

            assertThat(drafts.discard("two-sum", "java")).isTrue();
            assertThat(drafts.load("two-sum", "java")).isEmpty();
        }
    }

    @Test
    void progressAndStreakComeFromTheRecordedSubmissions() {
        try (HistoryStore store = open()) {
            SubmissionLog log = store.submissions();
            long accepted = log.recordQueued(submission("two-sum", SubmissionKind.SUBMIT, "ok"));
            log.recordJudged(accepted, new Judgement(SubmissionVerdict.ACCEPTED, 5, 5, 12, null));
            clock.advance(Duration.ofDays(1));
            long acceptedRun = log.recordQueued(submission("fizz-buzz", SubmissionKind.RUN, "ok"));
            log.recordJudged(acceptedRun, new Judgement(SubmissionVerdict.ACCEPTED, 2, 2, 12, null));

            Progress progress = store.progress();
            assertThat(progress.status("two-sum")).isEqualTo(ProblemStatus.SOLVED);
            assertThat(progress.status("fizz-buzz")).isEqualTo(ProblemStatus.ATTEMPTED);
            assertThat(progress.status("valid-parentheses")).isEqualTo(ProblemStatus.NEW);

            assertThat(store.streak(clock)).isEqualTo(new PracticeStreak(2, 2, true));
        }
    }

    @Test
    void aClosedStoreRefusesCallsAndCanBeClosedTwice() {
        HistoryStore store = open();
        store.close();
        store.close();
        assertThatThrownBy(() -> store.submissions().all()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void bigCodeAndUnicodeSurviveTheRoundTrip() {
        String code = "# ünïcødé ✓ 你好\n" + "x = 1\n".repeat(50_000);
        try (HistoryStore store = open()) {
            long id = store.submissions().recordQueued(submission("two-sum", SubmissionKind.RUN, code));
            assertThat(store.submissions().find(id).orElseThrow().code()).isEqualTo(code);
        }
        assertThat(List.of(temp.resolve("data").toFile().list())).contains("history.mv.db");
        assertThat(Files.exists(temp.resolve("data").resolve("history.lock"))).isTrue();
    }

    @Test
    void aDataDirH2CannotNameIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> HistoryStore.open(temp.resolve("a;b"), clock))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining("a;b")
                .hasMessageContaining("dataDir");
    }
}
