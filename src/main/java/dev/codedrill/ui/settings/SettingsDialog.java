package dev.codedrill.ui.settings;

import atlantafx.base.theme.Styles;
import dev.codedrill.app.PlainWords;
import dev.codedrill.config.DockerMode;
import dev.codedrill.config.Settings;
import dev.codedrill.config.Settings.JudgeSettings;
import dev.codedrill.config.Settings.UiSettings;
import dev.codedrill.lang.Language;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The settings a user would change, in a dialog over the main window. OK (Enter) saves and closes; Cancel (Esc)
 * drops the edits. Values that cannot be saved say why under the form and disable OK. The result is the saved
 * settings, or none when cancelled.
 */
public final class SettingsDialog extends Dialog<Settings> {

    private static final Map<DockerMode, String> MODES = Map.of(
            DockerMode.DIND, "Private daemon (dind)",
            DockerMode.HOST, "Host engine (host)",
            DockerMode.REMOTE, "Remote engine (remote)");
    private static final String NEXT_START = "takes effect on the next start";
    private static final double FIELD_WIDTH = 280;
    private static final double NUMBER_WIDTH = 96;
    private static final double LABEL_WIDTH = 160;

    private final SettingsModel model;
    private final Mnemonics mnemonics = new Mnemonics();
    private final StringProperty saveError = new SimpleStringProperty(this, "saveError", "");

    public SettingsDialog(Window owner, SettingsModel model) {
        this.model = model;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Settings");
        setResizable(true);

        DialogPane pane = getDialogPane();
        pane.setId("settings-dialog");
        pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        pane.setContent(content());

        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        ok.setId("settings-ok");
        ok.disableProperty().bind(model.validProperty().not());
        // Saved here rather than in a Task: a few hundred bytes, and a failure must keep the dialog open.
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                model.save();
            } catch (RuntimeException e) { // a malformed or unwritable file: say so and stay open
                saveError.set("Not saved: " + PlainWords.report(e, "saving your settings"));
                event.consume();
            }
        });
        pane.lookupButton(ButtonType.CANCEL).setId("settings-cancel");

        setResultConverter(button -> button == ButtonType.OK ? model.appliedProperty().get() : null);
        // A listener rather than setOnShown/setOnHidden, which stay free for the caller.
        showingProperty().addListener((o, was, showing) -> {
            if (showing) {
                // start in the first field rather than on a button, so the keyboard user begins at the top
                Platform.runLater(() -> pane.lookup("#mode").requestFocus());
            } else if (getResult() == null) {
                model.reset(); // cancelled: the model keeps the values last saved
            }
        });
    }

    private Node content() {
        // The left column first, so its fixed mnemonics are handed out before the languages pick theirs.
        VBox left = new VBox(14, engine(), judging(), appearance());
        Node folders = problemFolders();
        VBox right = new VBox(14, pools(), folders);
        left.setPrefWidth(LABEL_WIDTH + 12 + FIELD_WIDTH);
        right.setPrefWidth(400);
        HBox columns = new HBox(28, left, new Separator(Orientation.VERTICAL), right);
        // wrapping labels make the dialog's computed width collapse; the columns take what they ask for
        columns.setMinWidth(Region.USE_PREF_SIZE);

        Label message = new Label();
        message.setId("settings-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.textProperty().bind(Bindings.when(model.problemProperty().isEmpty())
                .then(saveError).otherwise(model.problemProperty()));
        model.problemProperty().addListener(o -> saveError.set(""));

        Label restart = new Label();
        restart.setId("restart-note");
        restart.getStyleClass().add(Styles.WARNING);
        restart.setWrapText(true);
        restart.textProperty().bind(Bindings.createStringBinding(() -> model.changesNeedingRestart().isEmpty() ? ""
                : "Restart CodeDrill to apply the changes to the " + inWords(model.changesNeedingRestart()) + ".",
                model.changesNeedingRestart()));

        Label file = new Label("Settings file: " + model.file());
        file.setId("settings-file");
        file.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        VBox status = new VBox(4, file, message, restart);
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(18, columns, new Separator(), status);
        content.setPadding(new Insets(16, 20, 4, 20));
        return content;
    }

    private Node engine() {
        ComboBox<DockerMode> mode = new ComboBox<>();
        mode.setId("mode");
        mode.getItems().setAll(DockerMode.values());
        mode.setConverter(converter(MODES::get));
        mode.valueProperty().bindBidirectional(model.modeProperty());
        mode.setPrefWidth(FIELD_WIDTH);

        BooleanBinding notRemote = model.modeProperty().isNotEqualTo(DockerMode.REMOTE);
        TextField host = new TextField();
        host.setId("host");
        host.setPromptText("tcp://lab-server:2376");
        host.textProperty().bindBidirectional(model.hostProperty());

        TextField certDir = new TextField();
        certDir.setId("cert-dir");
        certDir.setPromptText("ca/cert/key.pem folder");
        certDir.setTooltip(new Tooltip("A folder with ca.pem, cert.pem and key.pem for TLS;"
                + " empty for none"));
        certDir.textProperty().bindBidirectional(model.certDirProperty());
        Button browse = new Button(mnemonics.mark("_Browse…"));
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setId("browse-cert-dir");
        browse.setOnAction(e -> chooseFolder("Certificates of the remote engine", model.certDirProperty().get())
                .ifPresent(folder -> model.certDirProperty().set(folder.toString())));
        HBox certRow = new HBox(6, certDir, browse);
        HBox.setHgrow(certDir, Priority.ALWAYS);
        certRow.setPrefWidth(FIELD_WIDTH);

        Form form = new Form();
        form.row("_Mode", mode);
        form.row("_Host", host, host).disableProperty().bind(notRemote);
        form.row("_Certificates", certRow, certDir).disableProperty().bind(notRemote);
        host.disableProperty().bind(notRemote);
        certRow.disableProperty().bind(notRemote);
        return section("Engine", NEXT_START, form.grid);
    }

    private Node judging() {
        Form form = new Form();
        form.row("_Workers", NumberSpinners.integer(model, "workers", "workers", model.workersProperty(),
                JudgeSettings.MIN_WORKERS, JudgeSettings.MAX_WORKERS), "workers");
        form.row("_Time factor", NumberSpinners.decimal(model, "timeFactor", "the time factor",
                model.timeFactorProperty(), JudgeSettings.MIN_TIME_FACTOR, JudgeSettings.MAX_TIME_FACTOR, 0.25),
                "time-factor");
        form.row("Compile time _limit (s)", NumberSpinners.integer(model, "compileSeconds", "the compile time limit",
                model.compileSecondsProperty(), JudgeSettings.MIN_COMPILE_SECONDS, JudgeSettings.MAX_COMPILE_SECONDS),
                "compile-seconds");
        CheckBox allTests = new CheckBox(mnemonics.mark("_Submit runs every test (instead of stopping at the first "
                + "that fails)"));
        allTests.setId("all-tests");
        allTests.selectedProperty().bindBidirectional(model.allTestsProperty());
        Label hint = muted("Workers judge submissions side by side; the time factor stretches every time limit, "
                + "for slow machines.");
        VBox box = new VBox(8, form.grid, allTests, hint);
        return section("Judging", NEXT_START, box);
    }

    private Node appearance() {
        ComboBox<String> theme = new ComboBox<>();
        theme.getItems().setAll(UiSettings.LIGHT, UiSettings.DARK);
        theme.setConverter(converter(t -> t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1)));
        theme.valueProperty().bindBidirectional(model.themeProperty());
        theme.setPrefWidth(FIELD_WIDTH / 2);

        CheckBox presentation = new CheckBox(mnemonics.mark("_Presentation mode (larger text for a projector)"));
        presentation.setId("presentation");
        presentation.setMnemonicParsing(true);
        presentation.setMinWidth(Region.USE_PREF_SIZE);
        presentation.selectedProperty().bindBidirectional(model.presentationProperty());

        Form form = new Form();
        form.row("Th_eme", theme, "theme");
        form.row("Editor _font size", NumberSpinners.integer(model, "fontSize", "the editor font size",
                model.fontSizeProperty(), UiSettings.MIN_FONT_SIZE, UiSettings.MAX_FONT_SIZE), "font-size");
        form.wide(presentation);
        return section("Appearance", "applies at once", form.grid);
    }

    private Node problemFolders() {
        ListView<Path> list = new ListView<>(model.problemDirs());
        list.setId("problem-dirs");
        list.setPrefHeight(150);
        list.setPlaceholder(muted("None: only the bundled problems are loaded."));
        list.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                    && list.getSelectionModel().getSelectedItem() != null) {
                model.removeProblemDir(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });

        Button add = new Button(mnemonics.mark("_Add…"));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setId("add-problem-dir");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> chooseFolder("Add a problem folder", null).ifPresent(folder -> {
            model.addProblemDir(folder);
            list.getSelectionModel().select(folder.toAbsolutePath().normalize());
        }));
        Button remove = new Button(mnemonics.mark("_Remove"));
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setId("remove-problem-dir");
        remove.setMaxWidth(Double.MAX_VALUE);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeProblemDir(list.getSelectionModel().getSelectedItem()));

        HBox row = new HBox(8, list, new VBox(6, add, remove));
        HBox.setHgrow(list, Priority.ALWAYS);
        Label title = new Label(mnemonics.mark("Extra pr_oblem folders"));
        title.setMnemonicParsing(true);
        title.setLabelFor(list);
        return section(title, NEXT_START, new VBox(6, row,
                muted("Folders of problems besides the bundled ones, such as an instructor's pack.")));
    }

    private Node pools() {
        Form form = new Form();
        for (Language language : model.languages()) {
            int size = model.poolSizeProperty(language.id()).get();
            form.row(language.name(), NumberSpinners.integer(model, "pool." + language.id(),
                    "the pool size of " + language.name(), model.poolSizeProperty(language.id()), 0, Math.max(4, size)),
                    "pool-" + language.id());
        }
        VBox box = new VBox(8, form.grid,
                muted("Containers kept started for each language, so a run does not wait for one."));
        return section("Warm containers per language", NEXT_START, box);
    }

    private static Node section(String title, String note, Node body) {
        return section(new Label(title), note, body);
    }

    private static Node section(Label title, String note, Node body) {
        title.getStyleClass().add(Styles.TITLE_4);
        Label noteLabel = new Label(note);
        noteLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        title.setMinWidth(Region.USE_PREF_SIZE);
        noteLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(10, title, noteLabel);
        heading.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(8, heading, body);
    }

    /** "a", "a and b", "a, b and c". */
    static String inWords(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        return label;
    }

    private Optional<Path> chooseFolder(String title, String current) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (current != null && !current.isBlank() && Files.isDirectory(Path.of(current))) {
            chooser.setInitialDirectory(new File(current));
        }
        File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** Label and control rows; each label carries a mnemonic that focuses its control. */
    private final class Form {
        final GridPane grid = new GridPane();
        private int rows;

        Form() {
            grid.setHgap(12);
            grid.setVgap(8);
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(LABEL_WIDTH); // the same in every section, so the controls line up
            labels.setHalignment(HPos.LEFT);
            ColumnConstraints controls = new ColumnConstraints();
            controls.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().setAll(labels, controls);
        }

        Label row(String text, Control control, String id) {
            control.setId(id);
            if (control instanceof Spinner<?> spinner) {
                spinner.setPrefWidth(NUMBER_WIDTH);
            }
            return row(text, (Node) control, control);
        }

        Label row(String text, Control control) {
            return row(text, (Node) control, control);
        }

        /** A row whose focus target ({@code control}) sits inside {@code shown}. */
        Label row(String text, Node shown, Control control) {
            Label label = new Label(mnemonics.mark(text));
            label.setMnemonicParsing(true);
            label.setLabelFor(control);
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(rows++, label, shown);
            return label;
        }

        void wide(Node node) {
            grid.add(node, 0, rows++, 2, 1);
        }
    }
}
