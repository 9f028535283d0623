package dev.codedrill.ui.shell;

import dev.codedrill.history.PracticeStreak;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.ui.browser.ProblemBrowserModel;
import dev.codedrill.ui.browser.SolvedCounts;
import dev.codedrill.ui.shell.ProgressModel.Figures;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.Tags;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Where the learner stands: solved per difficulty, the practice streak, the submissions so far, a calendar of the
 * last weeks' practice, solved per topic, and what to practise next (a click opens it). The dialog opens
 * at once saying it is reading; its {@link ProgressModel} reads the history off the FX thread.
 */
final class ProgressDialog {

    private ProgressDialog() {
    }

    /** Opens the dialog and starts {@code model} loading. */
    static Dialog<Void> show(Window owner, ProgressModel model) {
        return show(owner, model, id -> { });
    }

    /** Opens the dialog and starts {@code model} loading; a suggestion clicked opens its problem with {@code open}. */
    static Dialog<Void> show(Window owner, ProgressModel model, Consumer<String> open) {
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
                box.getChildren().setAll(figures(figures, id -> {
                    open.accept(id);
                    if (box.getScene() != null && box.getScene().getWindow() != null) {
                        box.getScene().getWindow().hide();
                    }
                }));
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

    private static VBox figures(Figures figures, Consumer<String> open) {
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
                + counts.attempted() + " · " + figures.submissions()
                + (figures.submissions() == 1 ? " run or submission" : " runs and submissions"));
        summary.setId("progress-summary");
        Label days = new Label("Practice streak: " + streak.current() + (streak.current() == 1 ? " day" : " days")
                + (streak.practisedToday() ? " (today included)" : " — practise today to keep it")
                + " · longest " + streak.longest());
        days.setId("progress-streak");
        VBox all = new VBox(12, summary, grid, days);
        if (!figures.activity().isEmpty()) {
            all.getChildren().addAll(heading("The last " + ProgressModel.WEEKS + " weeks"),
                    calendar(figures.activity()));
        }
        if (!figures.topics().isEmpty()) {
            all.getChildren().addAll(heading("By topic"), topics(figures.topics()));
        }
        if (!figures.nextUp().isEmpty()) {
            all.getChildren().addAll(heading("Next up: from the topics you practised least"),
                    nextUp(figures.nextUp(), open));
        }
        ScrollPane scroll = new ScrollPane(all);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(640);
        return new VBox(scroll);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    /** One square per day, a column per week (Monday at the top), darker for more runs and submissions. */
    private static GridPane calendar(Map<LocalDate, Integer> activity) {
        GridPane grid = new GridPane();
        grid.setId("activity-calendar");
        grid.setHgap(3);
        grid.setVgap(3);
        LocalDate first = activity.keySet().iterator().next();
        activity.forEach((day, count) -> {
            Region square = new Region();
            square.setMinSize(14, 14);
            square.setPrefSize(14, 14);
            square.getStyleClass().addAll("activity-day", "activity-" + level(count));
            square.setAccessibleText(day + ": " + count
                    + (count == 1 ? " run or submission" : " runs and submissions"));
            Tooltip.install(square, new Tooltip(square.getAccessibleText()));
            int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(first, day) / 7);
            grid.add(square, week, day.getDayOfWeek().getValue() - 1);
        });
        return grid;
    }

    static int level(int count) {
        return count == 0 ? 0 : count <= 2 ? 1 : count <= 5 ? 2 : count <= 9 ? 3 : 4;
    }

    private static GridPane topics(List<PracticePlan.TopicStanding> topics) {
        GridPane grid = new GridPane();
        grid.setId("progress-topics");
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (PracticePlan.TopicStanding t : topics) {
            ProgressBar bar = new ProgressBar((double) t.solved() / t.total());
            bar.setPrefWidth(200);
            bar.setAccessibleText(Tags.displayName(t.topic()).orElse(t.topic()) + ": " + t.solved() + " of "
                    + t.total() + " solved");
            Label count = new Label(t.solved() + " / " + t.total()
                    + (t.attempted() > 0 ? " · " + t.attempted() + " attempted" : ""));
            count.setId("progress-topic-" + t.topic());
            grid.addRow(row++, new Label(Tags.displayName(t.topic()).orElse(t.topic())), bar, count);
        }
        return grid;
    }

    private static VBox nextUp(List<Problem> problems, Consumer<String> open) {
        VBox list = new VBox(4);
        list.setId("progress-next-up");
        for (Problem p : problems) {
            Hyperlink link = new Hyperlink(p.title() + " · " + ProblemBrowserModel.label(p.difficulty()) + " · "
                    + String.join(", ", Tags.topicsOf(p).stream().map(t -> Tags.displayName(t).orElse(t)).toList()));
            link.setOnAction(e -> open.accept(p.id()));
            list.getChildren().add(link);
        }
        return list;
    }
}
