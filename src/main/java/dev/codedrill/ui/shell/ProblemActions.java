package dev.codedrill.ui.shell;

import dev.codedrill.app.PlainWords;
import dev.codedrill.authoring.AuthoringFaults;
import dev.codedrill.authoring.ProblemScaffold;
import dev.codedrill.authoring.ScaffoldException;
import dev.codedrill.pack.PackException;
import dev.codedrill.pack.PackStore;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.ui.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu's actions that change the problem list while the window is open: New problem… (a scaffold in the
 * learner's own folder, opened, with what {@code check} still asks of it), Import pack… and Remove pack…. The work
 * runs on the background thread; each ends in a dialog that says what happened, and the list is read again.
 */
final class ProblemActions {

    /** The id of the dialog each action ends in, for the tests and for screen readers. */
    static final String RESULT_DIALOG = "problem-action-result";

    private final ProblemSources sources;
    private final Supplier<Window> owner;
    private final Supplier<List<String>> stylesheets;
    private final Consumer<ProblemLibrary> listed;
    private final Consumer<String> open;

    ProblemActions(ProblemSources sources, Supplier<Window> owner, Supplier<List<String>> stylesheets,
                   Consumer<ProblemLibrary> listed, Consumer<String> open) {
        this.sources = sources;
        this.owner = owner;
        this.stylesheets = stylesheets;
        this.listed = listed;
        this.open = open;
    }

    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a problem pack");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CodeDrill packs (*.zip)", "*.zip"));
        Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath).ifPresent(this::importPack);
    }

    /** Imports a pack's zip, then lists its problems. */
    void importPack(Path zip) {
        Background.run(() -> {
            PackStore.Imported imported = sources.importPack(zip);
            return new Changed<>(imported, sources.reload());
        }, changed -> {
            listed.accept(changed.library());
            PackStore.Imported imported = changed.result();
            List<String> lines = new ArrayList<>();
            lines.add("Its problems are in the list now: " + String.join(", ", imported.pack().problemIds()) + ".");
            if (!imported.warnings().isEmpty()) {
                lines.add("");
                lines.add("What check still asks of them (they can be practised; tell the pack's author):");
                imported.warnings().forEach(w -> lines.add("  " + w));
            }
            lines.add("");
            lines.add("To undo: File › Remove pack….");
            report(Alert.AlertType.INFORMATION, "Pack imported", "Imported the pack "
                    + imported.pack().manifest().describe() + imported.replacedVersion()
                            .map(v -> " (it replaces version " + v + ")").orElse("") + ": "
                    + PackStore.problems(imported.pack().problemIds().size()) + ".", lines);
        }, error -> failed("The pack was not imported", error, "importing the pack " + zip.getFileName()));
    }

    void chooseAndRemove() {
        List<PackStore.InstalledPack> packs = sources.packs().list();
        if (packs.isEmpty()) {
            report(Alert.AlertType.INFORMATION, "No packs are imported", "There is no pack to remove. File › Import"
                    + " pack… imports one.", List.of());
            return;
        }
        List<String> names = packs.stream().map(p -> p.manifest().name()).toList();
        ChoiceDialog<String> choose = new ChoiceDialog<>(names.get(0), names);
        choose.setTitle("Remove pack");
        choose.setHeaderText("Remove an imported pack and its problems. Your submissions to them stay in the history.");
        choose.setContentText("Pack:");
        dress(choose);
        choose.showAndWait().ifPresent(this::removePack);
    }

    /** Removes an imported pack, then lists the problems without it. */
    void removePack(String name) {
        Background.run(() -> new Changed<>(sources.packs().remove(name), sources.reload()), changed -> {
            listed.accept(changed.library());
            report(Alert.AlertType.INFORMATION, "Pack removed", "Removed the pack "
                    + changed.result().manifest().describe() + " and its "
                    + PackStore.problems(changed.result().problemIds().size()) + ".", List.of("Your submissions to them stay in the history; import the pack again to"
                    + " practise them."));
        }, error -> failed("The pack was not removed", error, "removing the pack " + name));
    }

    void askForNewProblem() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("New problem");
        dialog.setHeaderText("Make a new problem in your own folder (" + sources.myProblemsDir() + ").");
        TextField id = new TextField();
        id.setId("new-problem-id");
        id.setPromptText("two-sum-variant");
        id.setAccessibleText("Problem id");
        ComboBox<String> kind = new ComboBox<>();
        kind.getItems().setAll("function", "stdio", "design");
        kind.setValue("function");
        kind.setId("new-problem-kind");
        kind.setAccessibleText("Kind");
        TextField signature = new TextField();
        signature.setId("new-problem-signature");
        signature.setPromptText(ProblemScaffold.DEFAULT_FUNCTION);
        signature.setAccessibleText("Signature");
        kind.valueProperty().addListener((o, a, b) -> {
            signature.setDisable("stdio".equals(b));
            signature.setPromptText("design".equals(b) ? ProblemScaffold.DEFAULT_DESIGN : ProblemScaffold.DEFAULT_FUNCTION);
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label("_Id:", id), id);
        form.addRow(1, label("_Kind:", kind), kind);
        form.addRow(2, label("_Signature:", signature), signature);
        signature.setPrefColumnCount(40);
        Label hint = new Label("The id is lowercase words joined by hyphens. Leave the signature empty for an"
                + " example one.");
        hint.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, form, hint));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dress(dialog);
        dialog.setOnShown(e -> Platform.runLater(id::requestFocus));
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> newProblem(id.getText().strip(),
                kind.getValue(), signature.isDisabled() ? null : signature.getText()));
    }

    /** Makes a problem in the learner's own folder, lists and opens it, and says what check still asks of it. */
    void newProblem(String id, String kind, String signature) {
        Background.run(() -> {
            Path made = ProblemScaffold.create(sources.myProblemsDir(), id,
                    ProblemKind.valueOf(kind.toUpperCase(Locale.ROOT)), signature);
            return new Changed<>(made, sources.reload());
        }, changed -> {
            listed.accept(changed.library());
            Optional<Problem> problem = changed.library().find(id);
            problem.ifPresent(p -> open.accept(p.id()));
            List<String> lines = new ArrayList<>();
            lines.add("Its files are in " + changed.result() + ". Edit them in your editor; the list shows your changes"
                    + " when CodeDrill starts again.");
            lines.add("");
            lines.add("What check asks of it next:");
            String folder = changed.result() + java.io.File.separator;
            problem.map(AuthoringFaults::of).orElse(List.of()).forEach(f -> lines.add("  " + f.replace(folder, "")));
            lines.add("");
            lines.add("Then run: codedrill check " + id + " (it judges the reference solutions in every language).");
            report(Alert.AlertType.INFORMATION, "New problem made", "Made the problem " + id + ".", lines);
        }, error -> failed("The problem was not made", error, "making the problem " + id));
    }

    /** A form's label that keeps its whole text and focuses its field on Alt+its letter. */
    static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void failed(String header, Exception error, String doing) {
        if (error instanceof PackException pack) {
            report(Alert.AlertType.ERROR, header, pack.getMessage(), pack.faults());
        } else if (error instanceof ScaffoldException scaffold) {
            report(Alert.AlertType.ERROR, header, scaffold.getMessage(), List.of());
        } else {
            report(Alert.AlertType.ERROR, header, PlainWords.report(error, doing), List.of());
        }
    }

    private void report(Alert.AlertType type, String header, String message, List<String> lines) {
        Alert alert = new Alert(type);
        alert.setTitle(header);
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("problem-action-message");
        VBox content = new VBox(10, text);
        if (!lines.isEmpty()) {
            TextArea details = new TextArea(String.join("\n", lines));
            details.setId("problem-action-details");
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(Math.min(14, lines.size() + 1));
            details.setAccessibleText(header + ": details");
            content.getChildren().add(details);
        }
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(720);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId(RESULT_DIALOG);
        dress(alert);
        alert.show();
    }

    private void dress(Dialog<?> dialog) {
        dialog.initOwner(owner.get());
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets.get());
    }

    private record Changed<T>(T result, ProblemLibrary library) {
    }
}
