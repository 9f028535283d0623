package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window with a problem open, a verdict from the real sandbox and the find bar shown: Tab walks through every
 * control the learner uses, and every control or mark that shows no words (an arrow, a cross, a ✓) has a name a
 * screen reader can say.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityJourneyTest {

    private PracticeSession practice;

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
        practice.close();
    }

    @Test
    void tabReachesEveryControlAndWordlessOnesHaveAccessibleNames(FxRobot robot) throws Exception {
        ProblemLibrary problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        practice = new PracticeSession(null, 1, "accessibility-test");
        practice.attach(SharedTestDaemon.engine(), List.of(
                SharedTestDaemon.context().languages().find("python").orElseThrow().withPoolSize(1)));
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady("ready", ""));
        MainWindow window = new MainWindow(new AppServices(status, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), Path.of("target/accessibility-config.json"), null));
        Stage stage = FxToolkit.setupStage(s -> {
            window.show(s);
            status.connect();
        });
        robot.interact(() -> {
            window.open("a-plus-b");
            window.workspace().editor().setText("print(0)\n");
            window.workspaceModel().run();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#verdict-banner").queryAs(Label.class)
                .getText().equals("Wrong Answer"));
        robot.interact(() -> window.workspace().editor().showFind());
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();

        List<String> wordless = new ArrayList<>();
        for (Node node : all(scene.getRoot())) {
            if (node instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isBlank()
                    && l.getText().codePoints().noneMatch(Character::isLetterOrDigit)
                    && (l.getAccessibleText() == null || l.getAccessibleText().isBlank())) {
                wordless.add(l.getClass().getSimpleName() + " '" + l.getText() + "' " + l.getId());
            }
        }
        assertThat(wordless).as("controls and marks without words and without an accessible name").isEmpty();

        // Tab from the search field visits the controls a learner uses, Ctrl+Tab taking it out of the editor
        Set<String> reached = new LinkedHashSet<>();
        robot.clickOn("#problem-search");
        for (int i = 0; i < 60; i++) {
            Node focused = scene.getFocusOwner();
            if (focused != null && focused.getId() != null) {
                reached.add(focused.getId());
            }
            if (focused != null && focused.getStyleClass().contains("code-area")) {
                reached.add("editor");
                // the editor keeps Tab for indenting: Ctrl+Tab leaves it
                robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
            } else {
                robot.press(KeyCode.TAB).release(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(reached).contains("problem-search", "filter-difficulty", "filter-status", "filter-tag",
                "problem-list", "language", "reset-code", "timer-toggle", "run-button", "submit-button",
                "editor", "test-list");
        // the find bar's field is reached with Ctrl+F, and from it Tab goes on
        assertThat(robot.lookup("#find-field").query().isFocusTraversable()).isTrue();
        // and every enabled control on screen can take the focus (Tab) or is one of the find bar's buttons, which
        // Enter, Shift+Enter and Esc work from the find field (the statement's Copy buttons included)
        List<String> unreachable = new ArrayList<>();
        for (Node node : all(scene.getRoot())) {
            // the menu bar's buttons are reached with F10 and Alt+letter; read-only text is content, not a control
            boolean control = node instanceof ButtonBase && !node.getClass().getSimpleName().equals("MenuBarButton")
                    || node instanceof ComboBox || node instanceof TextInputControl t && t.isEditable();
            if (control && node.isVisible() && !node.isDisabled() && node.getScene() != null && !node.isFocusTraversable()
                    && !(node.getId() != null && node.getId().startsWith("find-"))) {
                unreachable.add(node.getClass().getSimpleName() + " " + node.getId());
            }
        }
        assertThat(unreachable).isEmpty();
    }

    private static List<Node> all(Parent root) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(root);
        for (Node child : root.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                nodes.addAll(all(p));
            } else {
                nodes.add(child);
            }
        }
        return nodes;
    }
}
