package dev.codedrill.ui.history;

import dev.codedrill.history.CodeDiff;
import dev.codedrill.history.DiffHunk;
import dev.codedrill.history.DiffLine;
import dev.codedrill.history.SubmissionRecord;
import dev.codedrill.history.SubmissionSummary;
import dev.codedrill.history.SubmissionVerdict;
import dev.codedrill.ui.history.HistoryModel.Comparison;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A problem's past submissions, newest first: verdict, language, kind, passed/total, time and when. One can be
 * opened in the editor or shown in the results panel; two can be compared (a diff of their code). The history is
 * read by the {@link HistoryModel}, off the FX thread; a line under the buttons says what is being read, or why it
 * could not be.
 */
public final class HistoryPanel extends VBox {

    private final HistoryModel model;
    private final ListView<SubmissionSummary> list = new ListView<>();
    private final Label empty = new Label();

    /**
     * @param openInEditor puts a past submission's code in the editor (called on the FX thread once it is read)
     * @param showResults  shows a submission's results (given its row: the record, with its possibly large
     *                     results, is read by whoever shows them, off the FX thread)
     */
    public HistoryPanel(HistoryModel model, Consumer<SubmissionRecord> openInEditor,
                        Consumer<SubmissionSummary> showResults) {
        this.model = model;
        setId("history-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        list.setId("history-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new SummaryCell());
        list.setItems(model.rows());
        list.setPlaceholder(empty);
        empty.textProperty().bind(model.placeholderProperty());
        empty.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);

        Button open = new Button("Open in editor");
        open.setId("history-open");
        open.setMnemonicParsing(false);
        Button results = new Button("Show results");
        results.setId("history-results");
        Button compare = new Button("Compare two");
        compare.setId("history-compare");
        var selected = list.getSelectionModel().getSelectedItems();
        // one read at a time: opening or comparing again waits for the answer of the last one
        open.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1).or(model.busyProperty()));
        results.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        compare.disableProperty().bind(Bindings.size(selected).isNotEqualTo(2).or(model.busyProperty()));
        open.setOnAction(e -> selectedRow().ifPresent(row -> model.open(row, openInEditor)));
        results.setOnAction(e -> selectedRow().ifPresent(showResults));
        compare.setOnAction(e -> compareSelected());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selectedRow().ifPresent(showResults);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                selectedRow().ifPresent(showResults);
            }
        });
        Label hint = new Label("Ctrl+click two submissions to compare their code.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        Label status = new Label();
        status.setId("history-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        HBox buttons = new HBox(6, open, results, compare);
        getChildren().addAll(list, buttons, status, hint);
    }

    public HistoryModel model() {
        return model;
    }

    /** Shows the submissions of {@code id}: read now when the panel is on screen, else when it is shown. */
    public void show(String id) {
        model.show(id);
        if (getScene() != null && isVisible() && getParent() != null && getParent().isVisible()) {
            reload();
        }
    }

    /** Reads the problem's submissions off the FX thread, then lists them (unless another problem came since). */
    public void reload() {
        model.reload();
    }

    public List<SubmissionSummary> rows() {
        return List.copyOf(model.rows());
    }

    private Optional<SubmissionSummary> selectedRow() {
        SubmissionSummary s = list.getSelectionModel().getSelectedItem();
        return s == null || !model.available() ? Optional.empty() : Optional.of(s);
    }

    private void compareSelected() {
        model.compare(List.copyOf(list.getSelectionModel().getSelectedItems()), this::showComparison);
    }

    private void showComparison(Comparison compared) {
        SubmissionSummary older = compared.older();
        SubmissionSummary newer = compared.newer();
        CodeDiff diff = compared.diff();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setTitle("Compare #" + older.id() + " with #" + newer.id());
        dialog.setHeaderText(diff.identical() ? "The two submissions have the same code."
                : "#" + older.id() + " (" + describe(older) + ")  →  #" + newer.id() + " ("
                + describe(newer) + "): " + diff.addedLines() + " added, " + diff.removedLines() + " removed");
        TextFlow flow = new TextFlow();
        flow.setId("compare-diff");
        for (DiffHunk hunk : diff.hunks()) {
            Text header = new Text("@@ line " + hunk.oldStart() + " → " + hunk.newStart() + " @@\n");
            header.getStyleClass().addAll("mono", "diff-note");
            flow.getChildren().add(header);
            for (DiffLine line : hunk.lines()) {
                Text t = new Text(line.change().marker() + " " + line.text() + "\n");
                t.getStyleClass().addAll("mono", switch (line.change()) {
                    case CONTEXT -> "diff-same";
                    case REMOVED -> "diff-expected";
                    case ADDED -> "diff-actual";
                });
                flow.getChildren().add(t);
            }
        }
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setPrefSize(760, 480);
        scroll.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        dialog.setResizable(true);
        dialog.show();
    }

    static String describe(SubmissionSummary s) {
        String verdict = label(s.verdict());
        String counts = s.passed() == null ? "" : " " + s.passed() + "/" + s.total();
        return verdict + counts + " · " + s.languageId() + " · " + s.kind().name().toLowerCase(Locale.ROOT);
    }

    static String label(SubmissionVerdict v) {
        String words = v.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String ago(Instant when, Instant now) {
        Duration d = Duration.between(when, now);
        if (d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min ago";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h ago";
        }
        return d.toDays() + " d ago";
    }

    private static final class SummaryCell extends ListCell<SubmissionSummary> {
        @Override
        protected void updateItem(SubmissionSummary s, boolean isEmpty) {
            super.updateItem(s, isEmpty);
            if (isEmpty || s == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label verdict = new Label(label(s.verdict()));
            verdict.getStyleClass().add(s.verdict() == SubmissionVerdict.ACCEPTED ? "success"
                    : s.verdict().judged() ? "danger" : "text-muted");
            verdict.setMinWidth(150);
            Label what = new Label("#" + s.id() + " · " + s.languageId() + " · " + s.kind().name().toLowerCase(Locale.ROOT)
                    + (s.passed() == null ? "" : " · " + s.passed() + "/" + s.total())
                    + (s.timeMs() == null ? "" : " · " + s.timeMs() + " ms"));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label when = new Label(ago(s.queuedAt(), Instant.now()));
            when.getStyleClass().add("text-muted");
            HBox row = new HBox(8, verdict, what, spacer, when);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
