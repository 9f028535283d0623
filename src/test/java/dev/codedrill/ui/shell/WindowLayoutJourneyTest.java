package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.judge.TestResult;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.Screenshots;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestEngine;
import dev.codedrill.ui.Themes;
import dev.codedrill.ui.browser.ProblemRow;
import dev.codedrill.ui.layout.ResultsPlacement;
import dev.codedrill.ui.layout.WindowLayout;
import dev.codedrill.ui.layout.WindowLayoutStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
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
 * The window's layout on the real sandbox: at 1280×720, light and in dark presentation mode, with a 15-test
 * submission failing on test 12, the problem list and the status bar show every part whole and the results open on
 * the failing test; the layout (bounds, dividers, where the results sit, the problem) comes back on the next launch;
 * results in the editor's place come after a run and give the editor back on Ctrl+E.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutJourneyTest {

    /** a-plus-b's kept wrong submission: a double rounds the sum of test 12 ("not exact as double"). */
    private static final String FLOAT_ADDITION = "a, b = map(float, input().split())\nprint(int(a + b))\n";

    @TempDir
    Path temp;

    @TempDir
    static Path data;

    private static HistoryStore history;
    private static PracticeSession practice;
    private static ProblemLibrary problems;
    private MainWindow window;

    @BeforeAll
    static void engine() {
        problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        history = HistoryStore.open(data);
        practice = new PracticeSession(history, 1, "window-layout-test");
        practice.attach(SharedTestDaemon.engine(), List.of(
                SharedTestDaemon.context().languages().find("python").orElseThrow().withPoolSize(1)));
    }

    @AfterAll
    static void close() {
        practice.close();
        history.close();
    }

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.setupFixture(() -> Themes.apply("light"));
    }

    private Stage open(WindowLayoutStore layout) throws Exception {
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady(
                "Docker 20.10.24 (API 1.41, linux/amd64) at tcp://127.0.0.1:2375 — the shared test daemon", ""));
        window = new MainWindow(new AppServices(status, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), temp.resolve("config.json"), null, null, layout));
        // a stage of its own, not TestFX's shared one: the sizes this test sets by hand must not stay with it
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage own = new Stage();
            window.show(own);
            status.connect();
            return own;
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    private WindowLayoutStore smallScreen() {
        WindowLayoutStore store = WindowLayoutStore.inDataDir(temp.resolve("data"));
        store.write(WindowLayout.defaults().withBounds(0, 0, 1280, 720));
        return store;
    }

    private void submitFailingOnTest12(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.open("a-plus-b");
            window.workspace().editor().setText(FLOAT_ADDITION);
        });
        robot.interact(() -> window.workspaceModel().submit());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#verdict-banner").queryAs(Label.class)
                .getText().equals("Wrong Answer"));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#verdict-banner").queryAs(Label.class)
                .getText().equals("Wrong Answer"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#pool-status").queryAs(Label.class)
                .getText().isEmpty());
    }

    @Test
    void atTheSmallestScreenEveryPartOfTheListAndStatusBarIsWholeAndResultsOpenOnTheFailingTest(FxRobot robot)
            throws Exception {
        Stage stage = open(smallScreen());
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(stage.getScene().getHeight()).isEqualTo(720);

        submitFailingOnTest12(robot);

        Screenshots.take(stage.getScene(), "layout-1280x720-light");
        assertFits(robot, stage);

        // an instructor in class: dark, large fonts, the same submission again
        robot.interact(() -> {
            window.setDark(true);
            window.setPresentation(true);
        });
        submitFailingOnTest12(robot);
        Screenshots.take(stage.getScene(), "layout-presentation-dark");
        assertFits(robot, stage);
    }

    private void assertFits(FxRobot robot, Stage stage) {
        double sceneWidth = stage.getScene().getWidth();
        ListView<?> list = robot.lookup("#problem-list").queryAs(ListView.class);
        assertThat(list.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()))
                .as("the problem list needs no horizontal scrolling").isEmpty();
        List<Label> levels = list.lookupAll(".list-cell").stream().map(ListCell.class::cast)
                .filter(c -> c.isVisible() && c.getItem() instanceof ProblemRow)
                .flatMap(c -> c.lookupAll(".difficulty").stream()).map(Label.class::cast).toList();
        assertThat(levels).isNotEmpty();
        for (Label level : levels) {
            assertWhole(level, sceneWidth);
        }
        for (String part : List.of("#engine-status", "#pool-status", "#queue-status", "#progress-status")) {
            Label label = robot.lookup(part).queryAs(Label.class);
            assertThat(label.getText()).as(part).isNotEmpty();
            assertWhole(label, sceneWidth);
        }
        assertThat(robot.lookup("#engine-status").queryAs(Label.class).getText()).isEqualTo("Docker ready");

        @SuppressWarnings("unchecked")
        ListView<TestResult> tests = robot.lookup("#test-list").queryAs(ListView.class);
        assertThat(tests.getItems()).hasSize(15);
        TestResult selected = tests.getSelectionModel().getSelectedItem();
        assertThat(selected.name()).isEqualTo("not exact as double");
        Bounds view = tests.localToScene(tests.getLayoutBounds());
        assertThat(tests.lookupAll(".list-cell").stream().map(ListCell.class::cast)
                .filter(c -> c.isVisible() && c.getItem() == selected)
                .map(c -> c.localToScene(c.getLayoutBounds()))
                .filter(b -> b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1))
                .as("the failing test is in view").isNotEmpty();
    }

    /** The label shows its whole text (no "…") and ends inside the window. */
    private static void assertWhole(Labeled label, double sceneWidth) {
        Node shown = label.lookup(".text");
        assertThat(shown).as(label.getText()).isInstanceOf(Text.class);
        assertThat(((Text) shown).getText()).as("shown of " + label.getId()).isEqualTo(label.getText());
        assertThat(label.localToScene(label.getLayoutBounds()).getMaxX()).as(label.getText())
                .isLessThanOrEqualTo(sceneWidth);
    }

    @Test
    void theWindowsLayoutAndProblemComeBackOnTheNextLaunch(FxRobot robot) throws Exception {
        WindowLayoutStore store = WindowLayoutStore.inDataDir(temp.resolve("data"));
        Stage first = open(store);
        robot.interact(() -> {
            first.setX(60);
            first.setY(40);
            first.setWidth(1300); // no frame under Xvfb: the window's size is its scene's
            first.setHeight(760);
            window.open("two-sum");
            window.setResultsPlacement(ResultsPlacement.BESIDE);
            window.workspace().setDividers(0.35, 0.55);
        });
        robot.interact(() -> first.fireEvent(new WindowEvent(first, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupStages();

        WindowLayout saved = store.read();
        assertThat(saved.lastProblem()).isEqualTo("two-sum");
        assertThat(saved.results()).isEqualTo(ResultsPlacement.BESIDE);
        assertThat(saved.statementDivider()).isCloseTo(0.35, org.assertj.core.data.Offset.offset(0.02));

        Stage second = open(store);
        assertThat(second.getX()).isEqualTo(60);
        assertThat(second.getY()).isEqualTo(40);
        assertThat(second.getScene().getWidth()).isEqualTo(1300);
        assertThat(second.getScene().getHeight()).isEqualTo(760);
        assertThat(robot.lookup("#problem-title").queryAs(Label.class).getText()).isEqualTo("Two Sum");
        assertThat(robot.lookup("#editor-and-results").queryAs(SplitPane.class).getOrientation())
                .isEqualTo(Orientation.HORIZONTAL);
        assertThat(window.workspace().getDividerPositions()[0]).isCloseTo(0.35,
                org.assertj.core.data.Offset.offset(0.02));
        assertThat(window.workspace().dividers()[1]).isCloseTo(0.55, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void resultsInTheEditorsPlaceComeWithTheVerdictAndCtrlEGivesTheCodeBack(FxRobot robot) throws Exception {
        open(smallScreen());
        robot.interact(() -> window.setResultsPlacement(ResultsPlacement.INSTEAD));
        assertThat(window.workspace().resultsShown()).isFalse();

        submitFailingOnTest12(robot);

        assertThat(window.workspace().resultsShown()).isTrue();
        assertThat(robot.lookup("#editor").tryQuery()).isEmpty();
        assertThat(robot.lookup("#test-list").queryAs(ListView.class).getSelectionModel().getSelectedIndex())
                .isEqualTo(11);

        robot.clickOn("#verdict-banner");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().resultsShown()).isFalse();
        assertThat(robot.lookup("#editor").tryQuery()).isPresent();
        assertThat(window.workspace().editor().getText()).isEqualTo(FLOAT_ADDITION);
    }
}
