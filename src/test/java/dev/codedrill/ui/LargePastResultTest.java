package dev.codedrill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.Judgement;
import dev.codedrill.history.NewSubmission;
import dev.codedrill.history.SubmissionKind;
import dev.codedrill.history.SubmissionVerdict;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeResultJson;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.TestResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.Fx;
import dev.codedrill.testing.PracticeParts;
import dev.codedrill.testing.Screenshots;
import dev.codedrill.testing.TestEngine;
import dev.codedrill.ui.shell.AppServices;
import dev.codedrill.ui.shell.EngineReady;
import dev.codedrill.ui.shell.EngineStatusModel;
import dev.codedrill.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
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
 * A submission recorded before the judge cut long values: its 16 MiB output, kept whole in a real H2 history, is
 * shown again from the Submissions tab in a real window. The window keeps its pulse (the FX thread is never busy
 * for 100 ms) and the panel shows the output cut, saying how much more there was.
 */
@ExtendWith(ApplicationExtension.class)
class LargePastResultTest {

    private static final int SIXTEEN_MIB = 16 * 1024 * 1024;

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
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anOldUncutSixteenMebibyteOutputIsShownCutWhileTheWindowKeepsItsPulse(FxRobot robot) throws Exception {
        history = parts.history(data);
        recordOldSubmission("8\n"); // a small one first, to warm the panel up
        long id = recordOldSubmission("7\n".repeat(SIXTEEN_MIB / 2));
        practice = parts.practice("large-past-result-test");
        ProblemLibrary problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady("no engine needed", ""));
        MainWindow window = new MainWindow(new AppServices(status, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), data.resolve("config.json"), null));
        FxToolkit.setupStage(window::show);
        Fx.fx(() -> window.open("a-plus-b"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Submissions");
        @SuppressWarnings("unchecked")
        ListView<Object> rows = robot.lookup("#history-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows.getItems().size() == 2);

        robot.interact(() -> rows.getSelectionModel().clearAndSelect(1)); // newest first: the small one
        robot.clickOn("#history-results");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> diffShown(robot));
        assertThat(robot.lookup("#test-actual").queryAs(TextArea.class).getText()).isEqualTo("8\n");

        robot.interact(() -> rows.getSelectionModel().clearAndSelect(0));
        PulseGaps pulse = new PulseGaps();
        pulse.start();
        System.gc();
        Thread.sleep(1000); // the window settles, the pulse runs steadily
        pulse.measure();
        robot.clickOn("#history-results");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#test-actual").tryQuery()
                .map(a -> ((TextArea) a).getText().startsWith("7\n")).orElse(false) && diffShown(robot));
        Thread.sleep(500); // the result laid out and drawn
        pulse.stop();
        System.out.println("FX pulse while the result came in: " + pulse.report());

        assertThat(pulse.ticks()).as("pulses seen").isGreaterThan(10);
        assertThat(pulse.largestWorkMs()).as("most work the FX thread did between two pulses, in ms; %s",
                pulse.report()).isLessThan(100);
        int cut = SIXTEEN_MIB - 64 * 1024; // what the panel keeps of a value: 64 KiB, as the judge now stores it
        assertThat(robot.lookup("#test-actual").queryAs(TextArea.class).getText()).isEqualTo("7\n".repeat(50)
                + "… " + (SIXTEEN_MIB - 100) + " more bytes");
        assertThat(text(robot.lookup("#test-diff").queryAs(TextFlow.class))).startsWith("  7\n+ 7\n+ 7\n")
                .contains("not compared: 0 more expected and " + (32 * 1024 - 51) + " more actual lines")
                .endsWith("the actual value's last " + cut + " bytes were cut\n");
        assertThat(robot.lookup("#verdict-summary").queryAs(Label.class).getText())
                .startsWith("2/3 sample tests passed").contains("#" + id);
        robot.interact(() -> { // the details scrolled down to the output for the picture
            Node details = robot.lookup("#test-details").query();
            Node node = details;
            while (!(node instanceof ScrollPane)) {
                node = node.getParent();
            }
            ScrollPane scroll = (ScrollPane) node;
            double top = robot.lookup("#test-actual").query().getParent().getBoundsInParent().getMinY();
            scroll.setVvalue(top / (details.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take(robot.lookup("#test-actual").query().getScene(), "large-output-cut");

        robot.interact(() -> robot.lookup("#test-actual-show-all").queryAs(Hyperlink.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#test-actual-all").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> all = robot.lookup("#test-actual-all").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Fx.fx(() -> !all.getItems().isEmpty()));
        assertThat(all.getItems()).hasSize(32 * 1024 + 1).startsWith("7", "7")
                .endsWith("… " + cut + " more bytes");
        Screenshots.take(all.getScene(), "large-output-all");
    }

    /** The results panel shows a wrong answer with its difference worked out. */
    private static boolean diffShown(FxRobot robot) throws Exception {
        return Fx.fx(() -> "Wrong Answer".equals(robot.lookup("#verdict-banner").queryAs(Label.class).getText())
                && robot.lookup("#test-diff").tryQuery().map(d -> !text((TextFlow) d).contains("Comparing"))
                .orElse(false));
    }

    /** A run as the judge recorded it before values were cut: the first sample printed {@code printed}, wrongly. */
    private long recordOldSubmission(String printed) {
        List<TestResult> tests = List.of(
                new TestResult(0, "example 1", true, new Verdict.WrongAnswer(), 900, "3 4\n", "7\n", printed, "", ""),
                new TestResult(1, "example 2", true, new Verdict.Accepted(), 20, "-20 5\n", "-15\n", "-15\n", "", ""),
                new TestResult(2, "example 3", true, new Verdict.Accepted(), 20, "1000000000000 2000000000000\n",
                        "3000000000000\n", "3000000000000\n", "", ""));
        JudgeResult result = JudgeResult.of(tests);
        long id = history.submissions().recordQueued(new NewSubmission("a-plus-b", "python", SubmissionKind.RUN,
                "print('7\\n' * (8 << 20), end='')\n"));
        history.submissions().recordJudged(id, new Judgement(SubmissionVerdict.WRONG_ANSWER, 2, 3, 940,
                JudgeResultJson.of("a-plus-b", "python", RunMode.RUN, result).toString()));
        return id;
    }

    private static String text(TextFlow flow) {
        StringBuilder all = new StringBuilder();
        flow.getChildren().stream().filter(n -> n instanceof Text).forEach(n -> all.append(((Text) n).getText()));
        return all.toString();
    }
}
