package dev.codedrill.ui.shell;

import dev.codedrill.history.PracticeStreak;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.ui.browser.ProblemBrowserModel;
import dev.codedrill.ui.browser.SolvedCounts;
import dev.codedrill.ui.shell.ProgressModel.Figures;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Where the learner stands: solved per difficulty, the practice streak, and the submissions so far. The dialog opens
 * at once saying it is reading; its {@link ProgressModel} reads the history off the FX thread.
 */
final class ProgressDialog {

    private ProgressDialog() {
    }

    /** Opens the dialog and starts {@code model} loading. */
    static Dialog<Void> show(Window owner, ProgressModel model) {
        Label message = new Label();
        message.setId("progress-message");
        message.setWrapText(true);
        message.setMaxWidth(420);
        message.textProperty().bind(model.messageProperty());
        VBox box = new VBox(12, message);
        box.setPadding(new Insets(12));
        box.setMinWidth(360);
        model.figuresProperty().addListener((o, before, figures) -> {
            if (figures != null) {
                box.getChildren().setAll(figures(figures));
                if (box.getScene() != null && box.getScene().getWindow() != null) {
                    box.getScene().getWindow().sizeToScene();
                }
            }
        });
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
        model.load();
        return dialog;
    }

    private static VBox figures(Figures figures) {
        SolvedCounts counts = figures.counts();
        PracticeStreak streak = figures.streak();
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
            count.setId("progress-" + d.name().toLowerCase(Locale.ROOT));
            grid.addRow(row++, new Label(ProblemBrowserModel.label(d)), bar, count);
        }
        Label summary = new Label("Solved " + counts.solved() + " of " + counts.total() + " problems · attempted "
                + counts.attempted() + " · " + figures.submissions() + " runs and submissions");
        summary.setId("progress-summary");
        Label days = new Label("Practice streak: " + streak.current() + (streak.current() == 1 ? " day" : " days")
                + (streak.practisedToday() ? " (today included)" : " — practise today to keep it")
                + " · longest " + streak.longest());
        days.setId("progress-streak");
        return new VBox(12, summary, grid, days);
    }
}
