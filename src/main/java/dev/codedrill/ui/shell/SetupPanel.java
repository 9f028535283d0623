package dev.codedrill.ui.shell;

import dev.codedrill.app.Doctor;
import dev.codedrill.app.DoctorCheck;
import dev.codedrill.app.PlainWords;
import dev.codedrill.concurrent.DaemonThreads;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The first-run panel, in the window's centre: the checks of {@code codedrill doctor} run with their progress, one
 * row each, and for each that fails the one thing to do; an image bundle can be loaded from here (a file picker,
 * then {@code images load}), and the checks run again without a restart. When all pass, {@code onReady} reconnects
 * the engine, so the languages whose images just arrived judge at once.
 */
public final class SetupPanel extends VBox {

    private final SetupChecks checks;
    private final Runnable onReady;
    private final VBox rows = new VBox(10);
    private final Label summary = new Label();
    private final Label progress = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Button recheck = new Button("Check again");
    private final Button load = new Button("Load an image bundle…");
    private boolean running;

    public SetupPanel(SetupChecks checks, Runnable onReady) {
        this.checks = checks;
        this.onReady = onReady;
        setId("setup-panel");
        setSpacing(12);
        setPadding(new Insets(24));
        setMaxWidth(900);

        Label title = new Label("Set up CodeDrill");
        title.getStyleClass().add("title-2");
        Label intro = new Label("Your code runs in a private Docker sandbox. These are the checks of 'codedrill "
                + "doctor': each one that fails says what to do. Browsing problems and editing work meanwhile.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("text-muted");
        recheck.setId("setup-recheck");
        recheck.setOnAction(e -> check());
        recheck.setDefaultButton(true);
        load.setId("setup-load-bundle");
        load.setOnAction(e -> chooseBundle());
        load.setTooltip(new javafx.scene.control.Tooltip("A file made by 'codedrill images save' on a machine that "
                + "has the images: the offline way to get them"));
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        progress.setId("setup-progress");
        progress.getStyleClass().add("text-muted");
        progress.setMinWidth(0);
        HBox actions = new HBox(8, recheck, load, spinner, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        summary.setId("setup-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("title-4");
        rows.setId("setup-checks");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, intro, actions, summary, scroll);
        spinner.setVisible(false);
    }

    /** Runs every check again, in the background; the rows are replaced when they are done. FX thread. */
    public void check() {
        if (running) {
            return;
        }
        busy(true, "Checking…");
        Task<List<DoctorCheck>> task = new Task<>() {
            @Override
            protected List<DoctorCheck> call() throws InterruptedException {
                return checks.run(message -> updateMessage(message));
            }

            @Override
            protected void succeeded() {
                busy(false, "");
                show(getValue());
            }

            @Override
            protected void failed() {
                busy(false, "");
                summary.setText("The checks could not finish: " + PlainWords.report(getException(),
                        "checking the setup") + " Check again, or run 'codedrill doctor' in a terminal.");
            }
        };
        task.messageProperty().addListener((o, a, now) -> progress.setText(now));
        DaemonThreads.start("setup-checks", task);
    }

    /** Loads the bundle, then checks again. FX thread. */
    public void loadBundle(Path bundle) {
        if (running) {
            return;
        }
        busy(true, "Loading " + bundle.getFileName() + "…");
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                checks.loadImages(bundle, message -> updateMessage(message));
                return null;
            }

            @Override
            protected void succeeded() {
                busy(false, "");
                check();
            }

            @Override
            protected void failed() {
                busy(false, "");
                summary.setText("The image bundle " + bundle.getFileName() + " could not be loaded: "
                        + PlainWords.report(getException(), "loading the image bundle")
                        + " Make it again with 'codedrill images save FILE' on a machine that has the images.");
            }
        };
        task.messageProperty().addListener((o, a, now) -> progress.setText(now));
        DaemonThreads.start("setup-images-load", task);
    }

    private void chooseBundle() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load an image bundle");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Image bundles (*.tar, *.tar.gz)", "*.tar", "*.tar.gz", "*.tgz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Window owner = getScene() == null ? null : getScene().getWindow();
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            loadBundle(file.toPath());
        }
    }

    private void busy(boolean on, String what) {
        running = on;
        spinner.setVisible(on);
        recheck.setDisable(on);
        load.setDisable(on);
        progress.setText(what);
    }

    private void show(List<DoctorCheck> done) {
        rows.getChildren().setAll(done.stream().map(SetupPanel::row).toList());
        long failed = done.stream().filter(c -> !c.ok()).count();
        if (Doctor.allOk(done)) {
            summary.setText("Everything is ready: run and submit your code.");
            summary.getStyleClass().removeAll("danger");
            summary.getStyleClass().add("success");
            Platform.runLater(onReady);
        } else {
            summary.setText(failed == 1 ? "One thing to fix, then Check again." : failed + " things to fix, then "
                    + "Check again.");
            summary.getStyleClass().removeAll("success");
            summary.getStyleClass().add("danger");
        }
    }

    private static VBox row(DoctorCheck check) {
        Label mark = new Label(check.ok() ? "✓" : "✗");
        mark.getStyleClass().add(check.ok() ? "success" : "danger");
        mark.setMinWidth(16);
        Label subject = new Label(capitalised(check.subject()));
        subject.getStyleClass().add("text-bold");
        HBox head = new HBox(6, mark, subject);
        Label detail = new Label(check.detail());
        detail.setWrapText(true);
        detail.getStyleClass().add("text-muted");
        VBox row = new VBox(2, head, detail);
        row.getStyleClass().add(check.ok() ? "setup-ok" : "setup-problem");
        if (!check.ok() && !check.nextStep().isEmpty()) {
            Label todo = new Label("What to do: " + check.nextStep());
            todo.setWrapText(true);
            todo.getStyleClass().add("setup-todo");
            todo.setPadding(new Insets(0, 0, 0, 22));
            row.getChildren().add(todo);
        }
        detail.setPadding(new Insets(0, 0, 0, 22));
        return row;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
