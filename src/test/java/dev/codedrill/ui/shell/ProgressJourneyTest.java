package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.Screenshots;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The progress view after a real submission on the real sandbox, recorded in a real H2 history: today's square in
 * the calendar counts it, its topic counts the problem solved, and "next up" suggests unsolved problems that open
 * with a click.
 */
@ExtendWith(ApplicationExtension.class)
class ProgressJourneyTest {

    @TempDir
    Path data;

    private HistoryStore history;
    private PracticeSession practice;

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
        practice.close();
        history.close();
    }

    @Test
    void aSolvedProblemShowsInTodaysSquareAndItsTopicAndASuggestionOpensItsProblem(FxRobot robot) throws Exception {
        ProblemLibrary problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        history = HistoryStore.open(data);
        practice = new PracticeSession(history, 1, "progress-journey-test");
        practice.attach(SharedTestDaemon.engine(), List.of(
                SharedTestDaemon.context().languages().find("python").orElseThrow().withPoolSize(1)));
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady("ready", ""));
        MainWindow window = new MainWindow(new AppServices(status, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), data.resolve("config.json"), null));
        FxToolkit.setupStage(s -> {
            window.show(s);
            status.connect();
        });
        robot.interact(() -> {
            window.open("a-plus-b");
            window.workspace().editor().setText(readUnchecked("problems/a-plus-b/solutions/python.py"));
        });
        robot.clickOn("#submit-button");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#verdict-banner").queryAs(Label.class)
                .getText().equals("Accepted"));

        robot.clickOn("#problem-title");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#activity-calendar").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        GridPane calendar = robot.lookup("#activity-calendar").queryAs(GridPane.class);
        assertThat(calendar.getChildren()).hasSizeBetween(7 * (ProgressModel.WEEKS - 1) + 1, 7 * ProgressModel.WEEKS);
        Node today = calendar.getChildren().stream()
                .filter(n -> n.getAccessibleText().startsWith(LocalDate.now() + ":")).findFirst().orElseThrow();
        assertThat(today.getAccessibleText()).isEqualTo(LocalDate.now() + ": 1 run or submission");
        assertThat(today.getStyleClass()).contains("activity-1");
        assertThat(robot.lookup("#progress-topic-math").queryAs(Label.class).getText()).startsWith("1 / ");

        VBox next = robot.lookup("#progress-next-up").queryAs(VBox.class);
        assertThat(next.getChildren()).hasSize(5);
        Hyperlink first = (Hyperlink) next.getChildren().get(0);
        String title = first.getText().substring(0, first.getText().indexOf(" · "));
        assertThat(title).isNotEqualTo("A Plus B");
        Screenshots.take(calendar.getScene(), "progress-view");

        robot.interact(first::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problem-title").queryAs(Label.class).getText()).isEqualTo(title);
    }

    private static String readUnchecked(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
