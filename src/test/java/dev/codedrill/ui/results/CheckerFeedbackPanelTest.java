package dev.codedrill.ui.results;

import static dev.codedrill.testing.Fx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.TestResult;
import dev.codedrill.judge.Verdict;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The results panel in a real window shows what a problem's checker said about a wrong answer, first. */
@ExtendWith(ApplicationExtension.class)
class CheckerFeedbackPanelTest {

    private final ResultsModel model = new ResultsModel();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new ResultsPanel(model, () -> { }, reference -> { }), 700, 600));
        stage.show();
    }

    @Test
    void aWrongAnswerWithTheCheckersWordsShowsThemAboveTheInput(FxRobot robot) throws Exception {
        String said = "positions 1 and 3 hold 1 and 2, which sum to 3, not 5";
        fx(() -> {
            model.started(RunMode.SUBMIT, 1);
            model.judged(JudgeResult.of(List.of(new TestResult(0, "two ways", true, new Verdict.WrongAnswer(said), 30,
                    "4 5\n1 4 2 3\n", "1 2\n", "1 3\n", "", ""))));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#test-feedback").tryQuery().isPresent());

        assertThat(fx(() -> robot.lookup("#test-feedback").queryAs(TextArea.class).getText())).isEqualTo(said);
    }

    @Test
    void aWrongAnswerWithoutACheckerHasNoCheckerSection(FxRobot robot) throws Exception {
        fx(() -> {
            model.started(RunMode.SUBMIT, 1);
            model.judged(JudgeResult.of(List.of(new TestResult(0, "sample", true, new Verdict.WrongAnswer(), 30,
                    "1 2\n", "3\n", "4\n", "", ""))));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#test-actual").tryQuery().isPresent());

        assertThat(robot.lookup("#test-feedback").tryQuery()).isEmpty();
    }
}
