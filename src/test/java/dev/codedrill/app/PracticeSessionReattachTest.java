package dev.codedrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.Submission;
import dev.codedrill.judge.SubmissionQueue;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TwoSumSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A language whose image arrived after the app started (the setup panel loaded it) is attached on reconnect, on the
 * real private daemon; what was submitted before finishes on the old pool, never cancelled.
 */
class PracticeSessionReattachTest {

    private final Problem twoSum = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")))
            .find("two-sum").orElseThrow();
    private final PracticeSession session = new PracticeSession(null, 1, "practice-reattach-test");

    @AfterEach
    void close() {
        session.close();
    }

    private static String reference(String file) throws java.io.IOException {
        return java.nio.file.Files.readString(Path.of("problems/two-sum/solutions").resolve(file));
    }

    private static dev.codedrill.lang.Language language(String id) {
        return SharedTestDaemon.context().languages().find(id).orElseThrow().withPoolSize(1);
    }

    @Test
    void aLanguageAddedByReattachingJudgesAndTheOthersStillDo() throws Exception {
        session.attach(SharedTestDaemon.engine(), List.of(language("python")));
        assertThat(session.languages()).isEqualTo(Set.of("python"));

        session.reattach(SharedTestDaemon.engine(), List.of(language("python"), language("javascript")));

        assertThat(session.languages()).isEqualTo(Set.of("python", "javascript"));
        for (var submission : List.of(
                Submission.of(twoSum, "javascript", reference("javascript.js"), RunMode.SUBMIT),
                Submission.of(twoSum, "python", TwoSumSources.ACCEPTED_PYTHON, RunMode.SUBMIT))) {
            JudgeResult result = session.submit(submission, SubmissionQueue.Listener.NONE).judged()
                    .get(2, TimeUnit.MINUTES);
            assertThat(result.verdict().code()).as(submission.languageId()).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void aSubmissionBeingJudgedWhenTheSessionReattachesFinishesOnTheOldPool() throws Exception {
        session.attach(SharedTestDaemon.engine(), List.of(language("python")));
        var running = session.submit(Submission.of(twoSum, "python",
                "import time\ntime.sleep(2)\n" + TwoSumSources.ACCEPTED_PYTHON, RunMode.RUN),
                SubmissionQueue.Listener.NONE);

        session.reattach(SharedTestDaemon.engine(), List.of(language("python"), language("javascript")));

        assertThat(session.languages()).isEqualTo(Set.of("python", "javascript"));
        assertThat(running.judged().get(2, TimeUnit.MINUTES).verdict().code()).isEqualTo("ACCEPTED");
        // and the new pool judges what comes next
        assertThat(session.submit(Submission.of(twoSum, "python", TwoSumSources.ACCEPTED_PYTHON, RunMode.RUN),
                SubmissionQueue.Listener.NONE).judged().get(2, TimeUnit.MINUTES).verdict().code())
                .isEqualTo("ACCEPTED");
    }
}
