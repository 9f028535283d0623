package dev.codedrill.ui.results;

import static dev.codedrill.testing.Fx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.history.HistoryException;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.TestResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.ui.Background;
import dev.codedrill.ui.results.ResultsModel.Phase;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The results model with the real JavaFX thread and the real background thread. */
@ExtendWith(ApplicationExtension.class)
class ResultsModelTest {

    private final ResultsModel model = new ResultsModel();

    @Test
    void aResultIsPreparedOffTheFxThreadAndShownWithItsValuesCut() throws Exception {
        String big = "7\n".repeat(8 * 1024 * 1024);
        Phase atOnce = fx(() -> {
            model.started(RunMode.RUN, 1);
            model.judged(wrongAnswer(big));
            return model.phaseProperty().get();
        });
        assertThat(atOnce).isEqualTo(Phase.PREPARING);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> model.phaseProperty().get() == Phase.JUDGED));
        String actual = fx(() -> model.resultProperty().get().tests().get(0).actual());
        assertThat(actual).isEqualTo("7\n".repeat(32 * 1024) + "\n… " + (16 * 1024 * 1024 - 64 * 1024)
                + " more bytes");
    }

    @Test
    void aResultOvertakenByANewRunIsNeverShown() throws Exception {
        fx(() -> {
            model.started(RunMode.RUN, 1);
            model.judged(wrongAnswer("8\n"));
            model.started(RunMode.SUBMIT, 3);
        });
        drainBackground();
        assertThat(fx(() -> model.phaseProperty().get())).isEqualTo(Phase.QUEUED);
        assertThat(fx(() -> model.resultProperty().get())).isNull();
    }

    @Test
    void clearingShowsNothingAsBeforeTheFirstRunAndDropsAResultStillBeingPrepared() throws Exception {
        fx(() -> {
            model.started(RunMode.RUN, 1);
            model.judged(wrongAnswer("8\n"));
            model.clear();
        });
        drainBackground();
        assertThat(fx(() -> model.phaseProperty().get())).isEqualTo(Phase.IDLE);
        assertThat(fx(() -> model.resultProperty().get())).isNull();
        assertThat(fx(() -> model.messageProperty().get())).startsWith("Run your code on the samples");
    }

    @Test
    void aPastSubmissionThatCannotBeReadSaysSoInPlainWords() throws Exception {
        fx(() -> model.showPast(RunMode.SUBMIT, () -> {
            throw new HistoryException("could not read submission 3: org.h2.jdbc.JdbcSQLNonTransientException: "
                    + "IO Exception: \"java.io.IOException: No space left on device\"");
        }, "#3 · python · from the history"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> model.phaseProperty().get() == Phase.FAILED));
        String message = fx(() -> model.messageProperty().get());
        assertThat(message).startsWith("These results could not be shown").contains("Run the code again")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("h2");
    }

    private static JudgeResult wrongAnswer(String actual) {
        return JudgeResult.of(List.of(new TestResult(0, "example 1", true, new Verdict.WrongAnswer(), 3, "3 4\n", "7\n",
                actual, "", "")));
    }

    /** Waits until what was asked of the background thread so far, and its answer on the FX thread, are done. */
    private static void drainBackground() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Background.run(() -> null, nothing -> done.complete(null), done::completeExceptionally);
        done.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
