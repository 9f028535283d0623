package dev.codedrill.ui.history;

import dev.codedrill.history.CodeDiff;
import dev.codedrill.history.DiffHunk;
import dev.codedrill.history.DiffLine;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.SubmissionRecord;
import dev.codedrill.history.SubmissionSummary;
import dev.codedrill.history.SubmissionVerdict;
import dev.codedrill.ui.Background;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A problem's past submissions, newest first: verdict, language, kind, passed/total, time and when. One can be
 * opened in the editor or shown in the results panel; two can be compared (a diff of their code).
 */
public final class HistoryPanel extends VBox {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryPanel.class);

    private final HistoryStore store;
    private final ListView<SubmissionSummary> list = new ListView<>();
    private final Label empty = new Label();
    private String problemId;

    /**
     * @param showResults shows a submission's results (given its row: the record, with its possibly large
     *                    results, is read by whoever shows them, off the FX thread)
     */
    public HistoryPanel(HistoryStore store, Consumer<SubmissionRecord> openInEditor,
                        Consumer<SubmissionSummary> showResults) {
        this.store = store;
        setId("history-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        list.setId("history-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new SummaryCell());
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        Button open = new Button("Open in editor");
        open.setId("history-open");
        open.setMnemonicParsing(false);
        Button results = new Button("Show results");
        results.setId("history-results");
        Button compare = new Button("Compare two");
        compare.setId("history-compare");
        var selected = list.getSelectionModel().getSelectedItems();
        open.disableProperty().bind(javafx.beans.binding.Bindings.size(selected).isNotEqualTo(1));
        results.disableProperty().bind(javafx.beans.binding.Bindings.size(selected).isNotEqualTo(1));
        compare.disableProperty().bind(javafx.beans.binding.Bindings.size(selected).isNotEqualTo(2));
        open.setOnAction(e -> selectedRecord().ifPresent(openInEditor));
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
        HBox buttons = new HBox(6, open, results, compare);
        getChildren().addAll(list, buttons, hint);
        if (store == null) {
            empty.setText("The history is not available (see the status bar).");
        }
    }

    /** Shows the submissions of {@code id}: read now when the panel is on screen, else when it is shown. */
    public void show(String id) {
        problemId = id;
        list.getItems().clear();
        if (getScene() != null && isVisible() && getParent() != null && getParent().isVisible()) {
            reload();
        }
    }

    /** Reads the problem's submissions off the FX thread, then lists them (unless another problem came since). */
    public void reload() {
        if (store == null || problemId == null) {
            list.getItems().clear();
            return;
        }
        String id = problemId;
        Background.run(() -> store.submissions().ofProblem(id), rows -> {
            if (id.equals(problemId)) {
                list.getItems().setAll(rows);
                empty.setText("No submissions yet: Run (Ctrl+Enter) or Submit (Ctrl+Shift+Enter).");
            }
        }, error -> {
            LOG.warn("could not read the submissions of {}", id, error);
            if (id.equals(problemId)) {
                empty.setText("The submissions could not be read from the history. Open the problem again to "
                        + "retry.");
            }
        });
    }

    public List<SubmissionSummary> rows() {
        return List.copyOf(list.getItems());
    }

    private java.util.Optional<SubmissionSummary> selectedRow() {
        SubmissionSummary s = list.getSelectionModel().getSelectedItem();
        return s == null || store == null ? java.util.Optional.empty() : java.util.Optional.of(s);
    }

    private java.util.Optional<SubmissionRecord> selectedRecord() {
        SubmissionSummary s = list.getSelectionModel().getSelectedItem();
        return s == null || store == null ? java.util.Optional.empty() : store.submissions().find(s.id());
    }

    private void compareSelected() {
        List<SubmissionSummary> two = list.getSelectionModel().getSelectedItems().stream()
                .sorted(Comparator.comparing(SubmissionSummary::queuedAt).thenComparing(SubmissionSummary::id)).toList();
        if (two.size() != 2) {
            return;
        }
        CodeDiff diff = store.submissions().compare(two.get(0).id(), two.get(1).id());
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setTitle("Compare #" + two.get(0).id() + " with #" + two.get(1).id());
        dialog.setHeaderText(diff.identical() ? "The two submissions have the same code."
                : "#" + two.get(0).id() + " (" + describe(two.get(0)) + ")  →  #" + two.get(1).id() + " ("
                + describe(two.get(1)) + "): " + diff.addedLines() + " added, " + diff.removedLines() + " removed");
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
