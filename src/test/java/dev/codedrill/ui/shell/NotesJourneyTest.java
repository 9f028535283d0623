package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.TestEngine;
import dev.codedrill.ui.browser.ProblemRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Notes per problem in a real window over a real H2 history: typed in the Notes tab (Ctrl+4), saved as typed, back
 * when the problem opens again and after a restart, and found by the problem list's search.
 */
@ExtendWith(ApplicationExtension.class)
class NotesJourneyTest {

    @TempDir
    Path data;

    private HistoryStore history;
    private PracticeSession practice;
    private MainWindow window;

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
        close();
    }

    private void close() {
        if (practice != null) {
            practice.close();
            practice = null;
        }
        if (history != null) {
            history.close();
            history = null;
        }
    }

    private Stage open() throws Exception {
        ProblemLibrary problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        history = HistoryStore.open(data);
        practice = new PracticeSession(history, 1, "notes-journey-test");
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady("ready", ""));
        window = new MainWindow(new AppServices(status, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), data.resolve("config.json"), null));
        Stage stage = FxToolkit.setupStage(s -> {
            window.show(s);
            status.connect();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    private String notesState(FxRobot robot) {
        return robot.lookup("#notes-state").queryAs(Label.class).getText();
    }

    @Test
    void aNoteIsSavedAsTypedComesBackWithItsProblemAndAfterARestartAndTheSearchFindsIt(FxRobot robot)
            throws Exception {
        Stage stage = open();
        robot.interact(() -> window.open("two-sum"));
        robot.clickOn("#problem-title");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notes-editor").queryAs(TextArea.class).isFocused()).isTrue();

        robot.write("Look before you add: zebra trick");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notesState(robot).equals("Saved"));
        assertThat(history.notes().load("two-sum")).contains("Look before you add: zebra trick");

        robot.interact(() -> window.open("a-plus-b"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notes-editor").queryAs(TextArea.class).getText()).isEmpty();
        robot.interact(() -> window.open("two-sum"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#notes-editor").queryAs(TextArea.class)
                .getText().equals("Look before you add: zebra trick"));

        // the search finds a problem by the words of its note
        robot.clickOn("#problem-search").write("zebra");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<ProblemRow> list = robot.lookup("#problem-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(ProblemRow::id).containsExactly("two-sum");

        // typed just before the window closes: saved all the same
        robot.interact(() -> {
            window.workspace().showNotes();
            robot.lookup("#notes-editor").queryAs(TextArea.class).appendText("\nand mind duplicates");
        });
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupStages();
        close();

        open();
        robot.interact(() -> window.open("two-sum"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#notes-editor").queryAs(TextArea.class)
                .getText().equals("Look before you add: zebra trick\nand mind duplicates"));
    }
}
