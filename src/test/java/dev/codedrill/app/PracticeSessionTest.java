package dev.codedrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.SubmissionKind;
import dev.codedrill.history.SubmissionRecord;
import dev.codedrill.history.SubmissionVerdict;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeResultJson;
import dev.codedrill.judge.JudgeStage;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.Submission;
import dev.codedrill.judge.SubmissionQueue;
import dev.codedrill.problem.Problem;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TwoSumSources;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's judging path: queue, warm pool in the real private daemon, and the history in a real H2 file. */
class PracticeSessionTest {

    @TempDir
    static Path data;

    private static HistoryStore history;
    private static PracticeSession session;
    private static Problem twoSum;

    @BeforeAll
    static void start() {
        twoSum = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")))
                .find("two-sum").orElseThrow();
        history = HistoryStore.open(data);
        session = new PracticeSession(history, 1, "practice-session-test");
        session.attach(SharedTestDaemon.engine(),
                List.of(SharedTestDaemon.context().languages().find("python").orElseThrow().withPoolSize(1)));
    }

    @AfterAll
    static void stop() {
        session.close();
        history.close();
    }

    @Test
    void aSubmissionIsRecordedWhenQueuedAndUpdatedWithItsVerdictAndTests() throws Exception {
        List<JudgeStage> stages = new CopyOnWriteArrayList<>();
        var submitted = session.submit(Submission.of(twoSum, "python", TwoSumSources.ACCEPTED_PYTHON, RunMode.SUBMIT),
                (ticket, stage) -> stages.add(stage));

        JudgeResult result = submitted.judged().get(2, TimeUnit.MINUTES);

        assertThat(result.verdict().code()).isEqualTo("ACCEPTED");
        assertThat(stages).startsWith(JudgeStage.QUEUED).endsWith(JudgeStage.JUDGED).contains(JudgeStage.RUNNING);
        SubmissionRecord row = history.submissions().find(submitted.historyId()).orElseThrow();
        assertThat(row.summary().verdict()).isEqualTo(SubmissionVerdict.ACCEPTED);
        assertThat(row.summary().kind()).isEqualTo(SubmissionKind.SUBMIT);
        assertThat(row.summary().passed()).isEqualTo(twoSum.tests().size()).isEqualTo(row.summary().total());
        assertThat(row.code()).isEqualTo(TwoSumSources.ACCEPTED_PYTHON);
        assertThat(JudgeResultJson.readTests(row.detailsJson())).hasSize(twoSum.tests().size())
                .allSatisfy(t -> assertThat(t.verdict().accepted()).isTrue());
    }

    @Test
    void aWrongRunIsRecordedAsARunWithItsFailingTest() throws Exception {
        var submitted = session.submit(Submission.of(twoSum, "python",
                "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n", RunMode.RUN),
                SubmissionQueue.Listener.NONE);

        submitted.judged().get(2, TimeUnit.MINUTES);

        SubmissionRecord row = history.submissions().find(submitted.historyId()).orElseThrow();
        assertThat(row.summary().kind()).isEqualTo(SubmissionKind.RUN);
        assertThat(row.summary().verdict()).isEqualTo(SubmissionVerdict.WRONG_ANSWER);
        assertThat(JudgeResultJson.readTests(row.detailsJson())).first()
                .satisfies(t -> assertThat(t.actual()).isEqualTo("[0,0]"));
    }

    @Test
    void aCancelledSubmissionIsRecordedAsCancelled() throws Exception {
        String sleeps = "import time\nclass Solution:\n    def twoSum(self, nums, target):\n        time.sleep(30)\n";
        var submitted = session.submit(Submission.of(twoSum, "python", sleeps, RunMode.SUBMIT),
                SubmissionQueue.Listener.NONE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (submitted.ticket().stage() == JudgeStage.QUEUED && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(submitted.ticket().cancel()).isTrue();

        assertThatThrownBy(() -> submitted.judged().get(1, TimeUnit.MINUTES))
                .hasRootCauseInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(history.submissions().find(submitted.historyId()).orElseThrow().summary().verdict())
                .isEqualTo(SubmissionVerdict.CANCELLED);
    }

    @Test
    void cancellingSubmissionsJustAsTheyStartLeavesEveryRowCancelledAndTheHistoryWhole() throws Exception {
        String sleeps = "import time\nclass Solution:\n    def twoSum(self, nums, target):\n        time.sleep(30)\n";
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var submitted = session.submit(Submission.of(twoSum, "python", sleeps, RunMode.SUBMIT),
                    SubmissionQueue.Listener.NONE);
            while (submitted.ticket().stage() == JudgeStage.QUEUED) {
                Thread.onSpinWait(); // cancel the moment a worker takes it: while the history marks it running
            }
            submitted.ticket().cancel();
            assertThatThrownBy(() -> submitted.judged().get(1, TimeUnit.MINUTES))
                    .hasRootCauseInstanceOf(java.util.concurrent.CancellationException.class);
            ids.add(submitted.historyId());
        }

        assertThat(ids).allSatisfy(id -> assertThat(history.submissions().find(id).orElseThrow().summary().verdict())
                .isEqualTo(SubmissionVerdict.CANCELLED));
        var after = session.submit(Submission.of(twoSum, "python", TwoSumSources.ACCEPTED_PYTHON, RunMode.RUN),
                SubmissionQueue.Listener.NONE);
        assertThat(after.judged().get(2, TimeUnit.MINUTES).verdict().code()).isEqualTo("ACCEPTED");
        assertThat(history.submissions().find(after.historyId()).orElseThrow().summary().verdict())
                .isEqualTo(SubmissionVerdict.ACCEPTED);
    }

    @Test
    void withoutAnEngineSubmittingSaysWhatToWaitFor() {
        try (PracticeSession detached = new PracticeSession(null, 1, "practice-detached")) {
            assertThatThrownBy(() -> detached.submit(
                    Submission.of(twoSum, "python", TwoSumSources.ACCEPTED_PYTHON, RunMode.RUN),
                    SubmissionQueue.Listener.NONE)).hasMessageContaining("not ready").hasMessageContaining("Docker");
        }
    }
}
