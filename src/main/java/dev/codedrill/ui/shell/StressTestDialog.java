package dev.codedrill.ui.shell;

import dev.codedrill.app.PlainWords;
import dev.codedrill.app.PracticeSession;
import dev.codedrill.app.SourceFile;
import dev.codedrill.concurrent.DaemonThreads;
import dev.codedrill.judge.Stress;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.Problem;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Code › Stress test…: the open problem's code in the editor against a brute force, on random tests from a generator,
 * in the session's sandboxes, until they disagree; the smallest input they disagree on is shown with both answers.
 */
final class StressTestDialog {

    static final String ID = "stress-dialog";

    private final PracticeSession practice;
    private final Problem problem;
    private final String languageId;
    private final String code;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField generator = new TextField();
    private final TextField brute = new TextField();
    private final Spinner<Integer> rounds = new Spinner<>(1, 100, 10);
    private final Spinner<Integer> tests = new Spinner<>(1, 500, 30);
    private final Button start = new Button("_Start");
    private final Label status = new Label("Choose a generator (Python: gen.py SEED prints one input) and a brute"
            + " force, then Start.");
    private final TextArea result = new TextArea();

    StressTestDialog(Window owner, List<String> stylesheets, PracticeSession practice, Problem problem,
                     String languageId, String code) {
        this.practice = practice;
        this.problem = problem;
        this.languageId = languageId;
        this.code = code;
        dialog.initOwner(owner);
        dialog.setTitle("Stress test");
        dialog.setHeaderText("Stress test your " + languageId + " code for " + problem.title() + " against a brute"
                + " force on random tests.");
        dialog.setResizable(true);
        generator.setId("stress-generator");
        generator.setAccessibleText("Generator file");
        brute.setId("stress-brute");
        brute.setAccessibleText("Brute force file");
        rounds.setEditable(true);
        tests.setEditable(true);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, ProblemActions.label("_Generator:", generator), generator, browse(generator, "Choose the generator", "*.py"));
        form.addRow(1, ProblemActions.label("_Brute force:", brute), brute, browse(brute, "Choose the brute force", "*.*"));
        form.addRow(2, ProblemActions.label("_Rounds:", rounds), rounds);
        form.addRow(3, ProblemActions.label("_Tests a round:", tests), tests);
        GridPane.setHgrow(generator, Priority.ALWAYS);
        GridPane.setHgrow(brute, Priority.ALWAYS);
        status.setId("stress-status");
        status.setWrapText(true);
        result.setId("stress-result");
        result.setEditable(false);
        result.setPrefRowCount(12);
        result.setAccessibleText("Stress test result");
        start.setId("stress-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> start(Path.of(generator.getText().strip()), Path.of(brute.getText().strip())));
        VBox content = new VBox(10, form, start, status, result);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(760);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
    }

    void show() {
        dialog.show();
    }

    /** Stress-tests on a thread of its own (it takes minutes); the dialog shows its progress and its result. */
    void start(Path generatorFile, Path bruteFile) {
        Optional<String> bruteLanguage = language(bruteFile);
        if (bruteLanguage.isEmpty()) {
            status.setText("Which language is " + bruteFile.getFileName() + "? Name it .py, .js, .java, .cpp, .go,"
                    + " .php or .rs.");
            return;
        }
        int roundCount = rounds.getValue();
        int perRound = tests.getValue();
        start.setDisable(true);
        result.clear();
        status.setText("Starting…");
        DaemonThreads.start("stress-test", () -> {
            String text;
            String summary;
            try {
                Stress.Outcome outcome = practice.stress(problem, SourceFile.read(generatorFile),
                        new Stress.Program(bruteLanguage.get(), SourceFile.read(bruteFile)),
                        new Stress.Program(languageId, code), roundCount, perRound,
                        line -> Platform.runLater(() -> status.setText(line)));
                if (outcome.failure().isEmpty()) {
                    summary = "No disagreement in " + outcome.tests() + " random tests.";
                    text = "";
                } else {
                    Stress.Failure f = outcome.failure().get();
                    summary = "Found a disagreement: " + f.verdict().label() + " on seed " + f.seed() + ", the smallest"
                            + " input of " + outcome.tests() + " random tests.";
                    text = "Input:\n" + f.input().stripTrailing() + "\n\nExpected (the brute force):\n"
                            + f.expected().stripTrailing() + "\n\nYour code:\n" + f.actual().stripTrailing() + "\n";
                }
            } catch (Stress.ProgramFailed e) {
                summary = e.getMessage();
                text = "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                summary = "Stopped.";
                text = "";
            } catch (Exception e) {
                summary = PlainWords.report(e, "stress testing");
                text = "";
            }
            String shownSummary = summary;
            String shownText = text;
            Platform.runLater(() -> {
                status.setText(shownSummary);
                result.setText(shownText);
                start.setDisable(false);
            });
        });
    }

    private Button browse(TextField field, String title, String pattern) {
        Button button = new Button("Browse…");
        button.setAccessibleText(title);
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
            File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                field.setText(chosen.getAbsolutePath());
            }
        });
        return button;
    }

    private static Optional<String> language(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return Optional.ofNullable(LanguageSupports.byExtension().get(name.substring(name.lastIndexOf('.') + 1)));
    }
}
