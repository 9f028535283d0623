package dev.codedrill.ui.shell;

import static dev.codedrill.testing.Fx.fx;
import static dev.codedrill.testing.PlainText.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.history.HistoryException;
import dev.codedrill.history.PracticeStreak;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.ui.browser.SolvedCounts;
import dev.codedrill.ui.shell.ProgressModel.Figures;
import dev.codedrill.ui.shell.ProgressModel.Phase;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The progress view with the real JavaFX thread and the real background thread: its figures are read off the FX
 * thread (the stand-in reader notes where it ran), the dialog says it is reading meanwhile, and a failure is told
 * in words.
 */
@ExtendWith(ApplicationExtension.class)
class ProgressModelTest {

    private static final Figures FIGURES = new Figures(new SolvedCounts(2, 3, 5,
            Map.of(Difficulty.EASY, 2L, Difficulty.MEDIUM, 0L, Difficulty.HARD, 0L),
            Map.of(Difficulty.EASY, 3L, Difficulty.MEDIUM, 1L, Difficulty.HARD, 1L)),
            new PracticeStreak(4, 9, true), 17);

    private final List<Boolean> readOnFxThread = new CopyOnWriteArrayList<>();
    private final List<String> readOnThread = new CopyOnWriteArrayList<>();
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);
    private Dialog<Void> dialog;

    @AfterEach
    void close() throws Exception {
        gate.countDown();
        if (dialog != null) {
            fx(() -> dialog.close());
        }
    }

    private Figures read() throws InterruptedException {
        readOnFxThread.add(Platform.isFxApplicationThread());
        readOnThread.add(Thread.currentThread().getName());
        reading.countDown();
        if (!gate.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        return FIGURES;
    }

    @Test
    void theFiguresAreReadOffTheFxThreadWhileTheDialogSaysItIsReading(FxRobot robot) throws Exception {
        ProgressModel model = new ProgressModel(this::read);
        dialog = fx(() -> ProgressDialog.show(null, model));

        // the read is held: the FX thread still answers, and the dialog says what it is doing
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fx(() -> robot.lookup("#progress-message").queryAs(Label.class).getText()))
                .isEqualTo("Reading your progress…");
        assertThat(fx(() -> model.phaseProperty().get())).isEqualTo(Phase.LOADING);
        assertThat(robot.lookup("#progress-summary").tryQuery()).isEmpty();

        gate.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> model.phaseProperty().get() == Phase.READY));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> robot.lookup("#progress-summary").queryAs(Label.class).getText()))
                .isEqualTo("Solved 2 of 5 problems · attempted 3 · 17 runs and submissions");
        assertThat(fx(() -> robot.lookup("#progress-easy").queryAs(Label.class).getText())).isEqualTo("2 / 3");
        assertThat(fx(() -> robot.lookup("#progress-streak").queryAs(Label.class).getText()))
                .startsWith("Practice streak: 4 days (today included)");
        assertThat(readOnFxThread).containsExactly(false);
        assertThat(readOnThread).containsExactly("ui-background");
    }

    @Test
    void progressThatCannotBeReadSaysWhyInPlainWords(FxRobot robot) throws Exception {
        ProgressModel model = new ProgressModel(() -> {
            throw new HistoryException("Cannot read progress: org.h2.jdbc.JdbcSQLNonTransientException: General "
                    + "error: \"java.lang.IllegalStateException: Reading from nio:history.mv.db failed\"",
                    new SQLException("General error"));
        });
        dialog = fx(() -> ProgressDialog.show(null, model));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> model.phaseProperty().get() == Phase.FAILED));
        WaitForAsyncUtils.waitForFxEvents();

        String shown = fx(() -> robot.lookup("#progress-message").queryAs(Label.class).getText());
        assertPlain(shown);
        assertThat(shown).startsWith("Cannot read progress.").contains("try again").doesNotContain("h2.jdbc");
        assertThat(robot.lookup("#progress-summary").tryQuery()).isEmpty();
    }
}
