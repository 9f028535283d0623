package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.Screenshots;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Code › Stress test… in a real window on the real sandbox: the editor's code with a planted bug, a generator and a
 * brute force find the bug, and the dialog shows the input they disagree on with both answers.
 */
@ExtendWith(ApplicationExtension.class)
class StressTestJourneyTest {

    @TempDir
    Path temp;

    private PracticeSession practice;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (practice != null) {
            practice.close();
        }
    }

    @Test
    void theEditorsBuggyCodeIsStressedAndTheDisagreementIsShown(FxRobot robot) throws Exception {
        Path generator = Files.writeString(temp.resolve("gen.py"), """
                import random, sys
                rng = random.Random(int(sys.argv[1]))
                print(rng.randint(-50, 50), rng.randint(-50, 50))
                """);
        Path brute = Files.writeString(temp.resolve("brute.py"), "a, b = map(int, input().split())\nprint(a + b)\n");
        ProblemLibrary problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        practice = new PracticeSession(null, 1, "stress-journey-test");
        practice.attach(SharedTestDaemon.engine(), List.of(
                SharedTestDaemon.context().languages().find("python").orElseThrow().withPoolSize(1)));
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady("shared test daemon ready", ""));
        MainWindow window = new MainWindow(new AppServices(status, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), temp.resolve("config.json"), null));
        FxToolkit.setupStage(stage -> {
            window.show(stage);
            status.connect();
        });
        robot.interact(() -> {
            window.open("a-plus-b");
            // the planted bug: a negative sum comes out as its absolute value
            window.workspace().editor().setText("a, b = map(int, input().split())\nprint(abs(a + b))\n");
        });
        StressTestDialog[] dialog = new StressTestDialog[1];
        robot.interact(() -> {
            dialog[0] = window.stressTest().orElseThrow();
            dialog[0].show();
        });

        robot.interact(() -> dialog[0].start(generator, brute));

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#stress-status").queryAs(Label.class)
                .getText().startsWith("Found a disagreement"));
        assertThat(robot.lookup("#stress-status").queryAs(Label.class).getText())
                .startsWith("Found a disagreement: Wrong Answer on seed ");
        String[] shown = robot.lookup("#stress-result").queryAs(TextArea.class).getText().split("\n");
        assertThat(shown[0]).isEqualTo("Input:");
        long sum = java.util.Arrays.stream(shown[1].trim().split("\\s+")).mapToLong(Long::parseLong).sum();
        assertThat(sum).isNegative();
        assertThat(shown[4]).isEqualTo(Long.toString(sum));
        assertThat(shown[7]).isEqualTo(Long.toString(-sum));
        Screenshots.take(robot.lookup("#stress-status").query().getScene(), "stress-test");
    }
}
