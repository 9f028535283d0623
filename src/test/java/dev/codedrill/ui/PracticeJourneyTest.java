package dev.codedrill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.Screenshots;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestEngine;
import dev.codedrill.testing.TwoSumSources;
import dev.codedrill.ui.editor.CodeEditor;
import dev.codedrill.ui.shell.AppServices;
import dev.codedrill.ui.shell.EngineReady;
import dev.codedrill.ui.shell.EngineStatusModel;
import dev.codedrill.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main journeys in a real window, judged by the real private daemon, recorded in a real H2 file: open a problem,
 * Run → sample results, Submit → Accepted, a wrong solution → Wrong Answer with the failing test, a compile error
 * linked to its line, languages keeping their drafts, the history listing the submissions.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeJourneyTest {

    @TempDir
    static Path data;

    private static HistoryStore history;
    private static PracticeSession practice;
    private static ProblemLibrary problems;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void engine() {
        problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        history = HistoryStore.open(data);
        practice = new PracticeSession(history, 2, "journey-test");
        practice.attach(SharedTestDaemon.engine(), List.of(
                SharedTestDaemon.context().languages().find("python").orElseThrow().withPoolSize(1),
                SharedTestDaemon.context().languages().find("javascript").orElseThrow().withPoolSize(1)));
    }

    @AfterAll
    static void close() {
        practice.close();
        history.close();
    }

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    private Stage open() throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("python", "Python 3");
        names.put("javascript", "JavaScript (Node.js)");
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady("shared test daemon ready", ""));
        window = new MainWindow(new AppServices(status, practice, problems, names, TestEngine.offlineSettings(),
                data.resolve("config.json"), null));
        stage = FxToolkit.setupStage(s -> {
            window.show(s);
            status.connect();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    private void openProblem(FxRobot robot, String search, String title) {
        robot.clickOn("#problem-search").write(search);
        robot.clickOn(title);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CodeEditor editor(FxRobot robot) {
        return window.workspace().editor();
    }

    private void setCode(FxRobot robot, String code) {
        robot.interact(() -> editor(robot).setText(code));
    }

    private String banner(FxRobot robot) {
        return robot.lookup("#verdict-banner").queryAs(Label.class).getText();
    }

    private void awaitVerdict(FxRobot robot, String verdict) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !robot.lookup("#verdict-banner").queryAs(Label.class)
                .getText().endsWith("…") && !banner(robot).equals("No run yet"));
        WaitForAsyncUtils.waitForFxEvents(); // the rest of the panel is filled in the same FX pulse
        assertThat(banner(robot)).isEqualTo(verdict);
    }

    @Test
    void runShowsTheSampleResultsAndSubmitIsAcceptedAndBothAreInTheHistory(FxRobot robot) throws Exception {
        open();
        openProblem(robot, "two sum", "Two Sum");
        assertThat(robot.lookup("#problem-title").queryAs(Label.class).getText()).isEqualTo("Two Sum");
        assertThat(editor(robot).getText()).contains("def twoSum"); // the starter code
        setCode(robot, TwoSumSources.ACCEPTED_PYTHON);

        robot.clickOn("#editor").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitVerdict(robot, "Accepted");
        int samples = problems.find("two-sum").orElseThrow().samples().size();
        assertThat(robot.lookup("#verdict-summary").queryAs(Label.class).getText())
                .startsWith(samples + "/" + samples + " sample tests passed");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> banner(robot).endsWith("…"));
        awaitVerdict(robot, "Accepted");
        int all = problems.find("two-sum").orElseThrow().tests().size();
        assertThat(robot.lookup("#verdict-summary").queryAs(Label.class).getText())
                .startsWith(all + "/" + all + " tests passed");

        Screenshots.take(robot.listWindows().get(0).getScene(), "main-window-accepted");

        robot.clickOn("Submissions");
        @SuppressWarnings("unchecked")
        ListView<Object> rows = robot.lookup("#history-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows.getItems().size() >= 2);
        assertThat(rows.getItems()).hasSize(2);
        assertThat(rows.getItems().get(0).toString()).contains("SUBMIT").contains("ACCEPTED");
        assertThat(rows.getItems().get(1).toString()).contains("RUN").contains("ACCEPTED");

        // a past submission back into the editor; two compared
        setCode(robot, "# something else\n");
        robot.interact(() -> rows.getSelectionModel().clearAndSelect(1));
        robot.clickOn("#history-open");
        // the submission and the comparison are read off the FX thread
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor(robot).getText()
                .equals(TwoSumSources.ACCEPTED_PYTHON));
        robot.interact(() -> rows.getSelectionModel().selectIndices(0, 1));
        robot.clickOn("#history-compare");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("The two submissions have the same code.");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        // the browser and the progress view count it as solved
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problem-counts").queryAs(Label.class)
                .getText().contains("solved 1/")); // the history is read off the FX thread
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#progress-easy").tryQuery().isPresent());
        long easy = problems.problems().stream().filter(p -> p.difficulty() == dev.codedrill.problem.Difficulty.EASY)
                .count();
        assertThat(robot.lookup("#progress-easy").queryAs(Label.class).getText()).isEqualTo("1 / " + easy);
        assertThat(robot.lookup("#progress-streak").queryAs(Label.class).getText()).contains("1 day");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aWrongSolutionShowsWrongAnswerWithTheFailingTest(FxRobot robot) throws Exception {
        open();
        openProblem(robot, "anagram", "Valid Anagram");
        setCode(robot, "class Solution:\n    def isAnagram(self, s, t):\n        return True\n");

        robot.clickOn("#submit-button");
        awaitVerdict(robot, "Wrong Answer");

        assertThat(robot.lookup("#test-expected").queryAs(TextArea.class).getText()).isEqualTo("false");
        assertThat(robot.lookup("#test-actual").queryAs(TextArea.class).getText()).isEqualTo("true");
        assertThat(robot.lookup("#test-input").queryAs(TextArea.class).getText()).contains("\"s\"");
    }

    @Test
    void aWrongArrayShowsWhereItDepartsFromTheExpectedOne(FxRobot robot) throws Exception {
        Stage stage = open();
        openProblem(robot, "daily", "Daily Temperatures");
        setCode(robot, "class Solution:\n    def dailyTemperatures(self, temperatures):\n"
                + "        # wrong: counts to the next day only\n        return [1] * (len(temperatures) - 1) + [0]\n");

        robot.clickOn("#run-button");
        awaitVerdict(robot, "Wrong Answer");

        assertThat(robot.lookup("#test-diff").tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#test-diff") // compared off the FX thread
                .queryAs(javafx.scene.text.TextFlow.class).getChildren().stream()
                .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
                .reduce("", String::concat).contains("first difference at character 6"));
        robot.interact(() -> { // scroll the test's details down to the difference for the picture
            javafx.scene.Node node = robot.lookup("#test-details").query();
            while (node != null && !(node instanceof javafx.scene.control.ScrollPane)) {
                node = node.getParent();
            }
            if (node != null) {
                ((javafx.scene.control.ScrollPane) node).setVvalue(1.0);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take(stage.getScene(), "wrong-answer-diff");
    }

    @Test
    void darkThemeAndPresentationModeApplyAtOnceAndPresentationTogglesBack(FxRobot robot) throws Exception {
        Stage stage = open();
        openProblem(robot, "two sum", "Two Sum");
        setCode(robot, TwoSumSources.ACCEPTED_PYTHON);
        robot.clickOn("#run-button");
        awaitVerdict(robot, "Accepted");
        int fontBefore = editor(robot).fontSizeProperty().get();
        try {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
            Screenshots.take(stage.getScene(), "dark-theme");

            robot.press(KeyCode.F11).release(KeyCode.F11);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.getScene().getRoot().getStyleClass()).contains("presentation");
            assertThat(editor(robot).fontSizeProperty().get()).isGreaterThanOrEqualTo(24);
            Screenshots.take(stage.getScene(), "presentation-mode");

            robot.press(KeyCode.F11).release(KeyCode.F11);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.getScene().getRoot().getStyleClass()).doesNotContain("presentation");
            assertThat(editor(robot).fontSizeProperty().get()).isEqualTo(fontBefore);
        } finally {
            robot.interact(() -> Themes.apply("light"));
        }
    }

    @Test
    void aCompileErrorLinksToItsLineInTheEditor(FxRobot robot) throws Exception {
        open();
        openProblem(robot, "two sum", "Two Sum");
        setCode(robot, "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1\n\n\n");

        robot.clickOn("#run-button");
        awaitVerdict(robot, "Compilation Error");

        robot.clickOn(robot.from(stage.getScene().getRoot()).lookup(".source-link").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        int caretLine = editor(robot).area().getCurrentParagraph() + 1;
        assertThat(caretLine).isBetween(3, 6); // Python names the line of the unclosed bracket or where it noticed
    }

    @Test
    void switchingLanguageKeepsEachDraftAndReopeningRestoresIt(FxRobot robot) throws Exception {
        open();
        openProblem(robot, "climbing", "Climbing Stairs");
        setCode(robot, "# my python draft\n");
        @SuppressWarnings("unchecked")
        ComboBox<String> language = robot.lookup("#language").queryAs(ComboBox.class);

        robot.interact(() -> language.setValue("javascript"));
        assertThat(editor(robot).getText()).contains("function"); // JavaScript's starter
        setCode(robot, "// my javascript draft\n");
        robot.interact(() -> language.setValue("python"));
        assertThat(editor(robot).getText()).isEqualTo("# my python draft\n");
        robot.interact(() -> language.setValue("javascript"));
        assertThat(editor(robot).getText()).isEqualTo("// my javascript draft\n");

        robot.interact(() -> window.workspaceModel().close()); // flushes, as closing the window does
        FxToolkit.cleanupStages();
        open();
        openProblem(robot, "climbing", "Climbing Stairs");
        assertThat(robot.lookup("#language").queryAs(ComboBox.class).getValue()).isEqualTo("javascript");
        assertThat(editor(robot).getText()).isEqualTo("// my javascript draft\n");
        assertThat(robot.lookup("#workspace-notice").queryAs(Label.class).getText()).contains("Restored your draft");
    }
}
