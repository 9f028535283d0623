package dev.codedrill.ui.shell;

import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.PracticeStreak;
import dev.codedrill.history.SubmissionSummary;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.ui.browser.ProblemBrowserModel;
import dev.codedrill.ui.browser.SolvedCounts;
import java.time.Clock;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Where the learner stands: solved per difficulty, the practice streak, and the submissions so far. */
final class ProgressDialog {

    private ProgressDialog() {
    }

    static void show(Window owner, HistoryStore history, ProblemLibrary problems) {
        SolvedCounts counts = SolvedCounts.of(problems.problems(), history.progress());
        PracticeStreak streak = history.streak(Clock.systemDefaultZone());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        for (Difficulty d : Difficulty.values()) {
            long total = counts.total(d);
            long done = counts.solved(d);
            ProgressBar bar = new ProgressBar(total == 0 ? 0 : (double) done / total);
            bar.setPrefWidth(220);
            Label count = new Label(done + " / " + total);
            count.setId("progress-" + d.name().toLowerCase(java.util.Locale.ROOT));
            grid.addRow(row++, new Label(ProblemBrowserModel.label(d)), bar, count);
        }
        List<SubmissionSummary> all = history.submissions().all();
        Label summary = new Label("Solved " + counts.solved() + " of " + counts.total() + " problems · attempted "
                + counts.attempted() + " · " + all.size() + " runs and submissions");
        summary.setId("progress-summary");
        Label days = new Label("Practice streak: " + streak.current() + (streak.current() == 1 ? " day" : " days")
                + (streak.practisedToday() ? " (today included)" : " — practise today to keep it")
                + " · longest " + streak.longest());
        days.setId("progress-streak");
        VBox box = new VBox(12, summary, grid, days);
        box.setPadding(new Insets(12));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Progress");
        dialog.setHeaderText("Your progress");
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.show();
    }
}
