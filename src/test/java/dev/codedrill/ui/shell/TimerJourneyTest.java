package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Practising like an interview, on the real sandbox and a real H2 history: the learner starts the problem's timer,
 * a wrong submission leaves it running, the first Accepted stops it and its reading is kept and shown on the
 * Submissions tab; a later Accepted does not replace it.
 */
@ExtendWith(ApplicationExtension.class)
class TimerJourneyTest {

    @TempDir
    Path data;

    private HistoryStore history;
    private PracticeSession practice;
    private MainWindow window;

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
        practice.close();
        history.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void submitAndAwait(FxRobot robot, String code, String verdict) throws Exception {
        robot.interact(() -> window.workspace().editor().setText(code));
        robot.clickOn("#submit-button");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> text(robot, "#verdict-banner").equals(verdict));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFirstAcceptedStopsTheTimerAndItsTimeIsKeptInTheHistoryAndShown(FxRobot robot) throws Exception {
        ProblemLibrary problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        history = HistoryStore.open(data);
        practice = new PracticeSession(history, 1, "timer-journey-test");
        practice.attach(SharedTestDaemon.engine(), List.of(
                SharedTestDaemon.context().languages().find("python").orElseThrow().withPoolSize(1)));
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady("ready", ""));
        window = new MainWindow(new AppServices(status, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), data.resolve("config.json"), null));
        FxToolkit.setupStage(s -> {
            window.show(s);
            status.connect();
        });
        robot.interact(() -> window.open("a-plus-b"));
        assertThat(robot.lookup("#timer-toggle").queryAs(Button.class).getText()).isEqualTo("Start timer");
        assertThat(text(robot, "#problem-timer")).isEmpty();

        robot.clickOn("#timer-toggle");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#problem-timer").equals("00:01"));
        assertThat(robot.lookup("#timer-toggle").queryAs(Button.class).getText()).isEqualTo("Pause timer");

        submitAndAwait(robot, "print(0)\n", "Wrong Answer");
        assertThat(robot.lookup("#timer-toggle").queryAs(Button.class).getText()).isEqualTo("Pause timer");
        assertThat(history.solveTimes().find("a-plus-b")).isEmpty();

        String reference = Files.readString(Path.of("problems/a-plus-b/solutions/python.py"));
        submitAndAwait(robot, reference, "Accepted");
        assertThat(robot.lookup("#timer-toggle").queryAs(Button.class).getText()).isEqualTo("Resume timer");
        String stoppedAt = text(robot, "#problem-timer");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.solveTimes().find("a-plus-b").isPresent());
        var kept = history.solveTimes().find("a-plus-b").orElseThrow();
        assertThat(kept.timerMs()).isGreaterThanOrEqualTo(1000);
        assertThat(kept.submissionId()).isNotNull();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#solve-time").startsWith(
                "First Accepted after "));
        assertThat(text(robot, "#solve-time")).isEqualTo("First Accepted after " + stoppedAt + " on the timer"
                + " (submission #" + kept.submissionId() + ")");

        // resumed and Accepted again: the first time stays
        robot.clickOn("#timer-toggle");
        submitAndAwait(robot, reference + "\n", "Accepted");
        assertThat(history.solveTimes().find("a-plus-b").orElseThrow().timerMs()).isEqualTo(kept.timerMs());
    }
}
