package dev.codedrill.ui.shell;

import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.PracticeStreak;
import dev.codedrill.history.Progress;
import dev.codedrill.history.SubmissionSummary;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.ui.browser.ProblemBrowserModel;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Progress progress = history.progress();
        PracticeStreak streak = history.streak(Clock.systemDefaultZone());
        Map<String, Difficulty> difficulties = new LinkedHashMap<>();
        problems.problems().stream().sorted(java.util.Comparator.comparing(Problem::difficulty))
                .forEach(p -> difficulties.put(p.id(), p.difficulty()));
        Map<Difficulty, Long> solved = progress.solvedByDifficulty(difficulties);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        for (Difficulty d : Difficulty.values()) {
            long total = difficulties.values().stream().filter(x -> x == d).count();
            long done = solved.getOrDefault(d, 0L);
            ProgressBar bar = new ProgressBar(total == 0 ? 0 : (double) done / total);
            bar.setPrefWidth(220);
            Label count = new Label(done + " / " + total);
            count.setId("progress-" + d.name().toLowerCase(java.util.Locale.ROOT));
            grid.addRow(row++, new Label(ProblemBrowserModel.label(d)), bar, count);
        }
        List<SubmissionSummary> all = history.submissions().all();
        long attempted = problems.problems().stream()
                .filter(p -> progress.status(p.id()) != dev.codedrill.history.ProblemStatus.NEW).count();
        Label summary = new Label("Solved " + progress.solvedCount() + " of " + problems.problems().size()
                + " problems · attempted " + attempted + " · " + all.size() + " runs and submissions");
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
