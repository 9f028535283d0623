package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.DockerJavaEngine;
import dev.codedrill.docker.EngineEndpoint;
import dev.codedrill.app.PracticeSession;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.TestEngine;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The first window in a real JavaFX stage, against the real engine and against none. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path dir;

    private DockerEngine engine;
    private PracticeSession practice;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (engine != null) {
            engine.close();
        }
        if (practice != null) {
            practice.close();
        }
    }

    private Stage open(DockerEngine withEngine) throws Exception {
        engine = withEngine;
        EngineStatusModel model = new EngineStatusModel(progress -> new EngineReady(engine.ping().describe(), ""));
        practice = new PracticeSession(null, 1, "main-window-test");
        ProblemLibrary problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        AppServices services = new AppServices(model, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), dir.resolve("config.json"), null);
        return FxToolkit.setupStage(stage -> {
            new MainWindow(services).show(stage);
            model.connect();
        });
    }

    @Test
    void theWindowIsTitledCodeDrillAndTheStatusBarShowsTheEngineVersion(FxRobot robot) throws Exception {
        Stage stage = open(TestEngine.hostEngine());
        String version = engine.ping().version();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#engine-status").queryAs(Label.class).getText().equals("Docker ready"));
        assertThat(stage.getTitle()).isEqualTo("CodeDrill");
        // the bar says it short; the tooltip has the version and the rest
        assertThat(robot.lookup("#engine-status").queryAs(Label.class).getTooltip().getText())
                .startsWith("Docker: Docker " + version);
        assertThat(robot.lookup("#engine-advice").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void withoutAnEngineTheStatusBarSaysSoAndWhatToDo(FxRobot robot) throws Exception {
        open(DockerJavaEngine.connect(new EngineEndpoint("unix://" + dir.resolve("none.sock"), null, "1.41")));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#engine-status").queryAs(Label.class).getText().startsWith("Docker not available"));
        assertThat(robot.lookup("#engine-advice").queryAs(Label.class).getText())
                .contains("Start Docker").contains("Browsing and editing still work");

        // browsing and editing still work; running says why it cannot
        robot.clickOn("#problem-search").write("a plus b");
        robot.clickOn("A Plus B");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problem-title").queryAs(Label.class).getText()).isEqualTo("A Plus B");
        assertThat(robot.lookup("#statement").tryQuery()).isPresent();
        robot.interact(() -> robot.lookup("#editor").queryAs(dev.codedrill.ui.editor.CodeEditor.class)
                .setText("print(sum(map(int, input().split())))\n"));
        robot.clickOn("#run-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#verdict-banner").queryAs(Label.class).getText()).isEqualTo("Could not run");
        assertThat(robot.lookup("#verdict-summary").queryAs(Label.class).getText())
                .contains("not ready").contains("Docker");
    }
}
