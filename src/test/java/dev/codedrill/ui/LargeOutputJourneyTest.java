package dev.codedrill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.Fx;
import dev.codedrill.testing.PracticeParts;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestEngine;
import dev.codedrill.ui.shell.AppServices;
import dev.codedrill.ui.shell.EngineReady;
import dev.codedrill.ui.shell.EngineStatusModel;
import dev.codedrill.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A program printing 16 MiB, judged by the real private daemon and recorded in a real H2 file, from a real window:
 * while it is judged and its result is shown, the FX thread never works for 100 ms without a pulse, and the panel
 * shows the start of the output and how much more there was.
 */
@ExtendWith(ApplicationExtension.class)
class LargeOutputJourneyTest {

    private static final int SIXTEEN_MIB = 16 * 1024 * 1024;
    /** A Plus B, wrong on the first sample only, where it prints {@code %s} instead of 7. */
    private static final String PRINTS_ON_FIRST_SAMPLE = """
            import sys
            a, b = map(int, sys.stdin.buffer.read().split()[:2])
            if (a, b) == (3, 4):
                sys.stdout.write(%s)
            else:
                print(a + b)
            """;

    @TempDir
    Path data;

    private final PracticeParts parts = new PracticeParts();
    private HistoryStore history;
    private PracticeSession practice;

    @AfterEach
    void close() throws Exception {
        parts.close();
    }

    @Test
    // on a thread of its own, so the test fails (not hangs) when the FX thread is stuck
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSixteenMebibyteOutputIsJudgedAndShownWhileTheFxThreadKeepsItsPulse(FxRobot robot) throws Exception {
        history = parts.history(data);
        practice = parts.practice("large-output-journey-test");
        practice.attach(SharedTestDaemon.engine(), List.of(
                SharedTestDaemon.context().languages().find("python").orElseThrow().withPoolSize(1)));
        ProblemLibrary problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady("shared test daemon ready", ""));
        MainWindow window = new MainWindow(new AppServices(status, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), data.resolve("config.json"), null));
        FxToolkit.setupStage(stage -> {
            window.show(stage);
            status.connect();
        });
        Fx.fx(() -> window.open("a-plus-b"));
        WaitForAsyncUtils.waitForFxEvents();

        // a small wrong output first, to warm the panel up
        robot.interact(() -> window.workspace().editor().setText(PRINTS_ON_FIRST_SAMPLE.formatted("'8\\n'")));
        robot.clickOn("#run-button");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> diffShown(robot));
        assertThat(robot.lookup("#test-actual").queryAs(TextArea.class).getText()).isEqualTo("8\n");

        robot.interact(() -> window.workspace().editor().setText(PRINTS_ON_FIRST_SAMPLE.formatted(
                "'7\\n' * (8 << 20)")));
        PulseGaps pulse = new PulseGaps();
        pulse.start();
        System.gc();
        Thread.sleep(1000); // the window settles, the pulse runs steadily
        pulse.measure();
        robot.clickOn("#run-button");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#test-actual").tryQuery()
                .map(a -> ((TextArea) a).getText().startsWith("7\n")).orElse(false) && diffShown(robot));
        Thread.sleep(500); // the result laid out and drawn
        pulse.stop();
        System.out.println("FX pulse while the result came in: " + pulse.report());

        assertThat(pulse.ticks()).as("pulses seen").isGreaterThan(10);
        assertThat(pulse.largestWorkMs()).as("most work the FX thread did between two pulses, in ms; %s",
                pulse.report()).isLessThan(100);
        assertThat(robot.lookup("#test-actual").queryAs(TextArea.class).getText()).isEqualTo("7\n".repeat(50)
                + "… " + (SIXTEEN_MIB - 100) + " more bytes");
        assertThat(text(robot.lookup("#test-diff").queryAs(TextFlow.class))).startsWith("  7\n+ 7\n+ 7\n");
        assertThat(robot.lookup("#verdict-summary").queryAs(Label.class).getText())
                .startsWith("2/3 sample tests passed");
    }

    /** The results panel shows a wrong answer with its difference worked out. */
    private static boolean diffShown(FxRobot robot) throws Exception {
        return Fx.fx(() -> "Wrong Answer".equals(robot.lookup("#verdict-banner").queryAs(Label.class).getText())
                && robot.lookup("#test-diff").tryQuery().map(d -> !text((TextFlow) d).contains("Comparing"))
                .orElse(false));
    }

    private static String text(TextFlow flow) {
        StringBuilder all = new StringBuilder();
        flow.getChildren().stream().filter(n -> n instanceof Text).forEach(n -> all.append(((Text) n).getText()));
        return all.toString();
    }
}
