package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.Judgement;
import dev.codedrill.history.NewSubmission;
import dev.codedrill.history.SubmissionKind;
import dev.codedrill.history.SubmissionVerdict;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.PracticeParts;
import dev.codedrill.testing.TestEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar, the problem list and the progress view count the same thing: the solved problems among those
 * loaded now. A real H2 history also holds accepted submissions of problems whose pack is no longer loaded; no
 * count includes them.
 */
@ExtendWith(ApplicationExtension.class)
class SolvedCountTest {

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
    void solvedProblemsOfPacksNoLongerLoadedAreCountedNowhere(FxRobot robot) throws Exception {
        history = parts.history(data);
        record("two-sum", SubmissionKind.SUBMIT, SubmissionVerdict.ACCEPTED);
        record("two-sum", SubmissionKind.SUBMIT, SubmissionVerdict.ACCEPTED); // solved twice: still one problem
        record("climbing-stairs", SubmissionKind.RUN, SubmissionVerdict.ACCEPTED); // a run: attempted, not solved
        record("retired-pack-problem", SubmissionKind.SUBMIT, SubmissionVerdict.ACCEPTED);
        record("another-gone-problem", SubmissionKind.SUBMIT, SubmissionVerdict.ACCEPTED);
        ProblemLibrary problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        assertThat(problems.find("retired-pack-problem")).isEmpty();
        int loaded = problems.problems().size();
        long easy = problems.problems().stream().filter(p -> p.difficulty() == Difficulty.EASY).count();

        practice = parts.practice("solved-count-test");
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady("no engine needed", ""));
        AppServices services = new AppServices(status, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), data.resolve("config.json"), null);
        FxToolkit.setupStage(stage -> new MainWindow(services).show(stage));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#progress-status").startsWith("Solved"));

        assertThat(text(robot, "#progress-status")).startsWith("Solved 1/" + loaded + " · streak 1 day");
        assertThat(text(robot, "#problem-counts")).contains(" shown · solved 1/" + loaded + " · Easy 1/" + easy);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        // the progress view reads the history off the FX thread
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#progress-summary").tryQuery().isPresent());
        assertThat(text(robot, "#progress-summary"))
                .startsWith("Solved 1 of " + loaded + " problems · attempted 2 · ");
        assertThat(text(robot, "#progress-easy")).isEqualTo("1 / " + easy);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private void record(String problemId, SubmissionKind kind, SubmissionVerdict verdict) {
        long id = history.submissions().recordQueued(new NewSubmission(problemId, "python", kind, "pass\n"));
        history.submissions().recordJudged(id, new Judgement(verdict, 1, 1, 5, null));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
