package dev.codedrill.ui.workspace;

import dev.codedrill.app.PlainWords;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.Notes;
import dev.codedrill.ui.Background;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Notes tab: the learner's own notes on the open problem, in Markdown, saved to the history 600 ms after typing
 * stops (and at once when another problem opens), read back when the problem opens again. Without a history it
 * says notes cannot be kept and stays read-only.
 */
final class NotesEditor extends VBox {

    private final HistoryStore history;
    private final TextArea text = new TextArea();
    private final Label state = new Label();
    private final PauseTransition quiet = new PauseTransition(Duration.millis(600));
    private BiConsumer<String, String> onSaved = (id, note) -> { };
    private String problemId;
    /** True while the text is being set from the history, so that setting it is not taken as typing. */
    private boolean loading;
    private boolean dirty;

    NotesEditor(HistoryStore history) {
        this.history = history;
        setId("notes");
        setSpacing(6);
        setPadding(new Insets(8));
        text.setId("notes-editor");
        text.getStyleClass().add("mono");
        text.setWrapText(true);
        text.setPromptText("Your notes on this problem, in Markdown: the idea, the trap, what to try next time. "
                + "Saved as you type; the problem list's search finds them.");
        VBox.setVgrow(text, Priority.ALWAYS);
        state.setId("notes-state");
        state.getStyleClass().add("text-muted");
        getChildren().addAll(text, state);
        if (history == null) {
            text.setEditable(false);
            state.setText("Notes cannot be kept in this session: the history is not available.");
        }
        quiet.setOnFinished(e -> save());
        text.textProperty().addListener((o, a, b) -> {
            if (!loading && problemId != null && history != null) {
                dirty = true;
                state.setText("Editing…");
                quiet.playFromStart();
            }
        });
    }

    void onSaved(BiConsumer<String, String> listener) {
        this.onSaved = listener;
    }

    TextArea textArea() {
        return text;
    }

    /** Shows the notes of another problem, saving this one's first. FX thread. */
    void show(String nextProblemId) {
        save();
        problemId = nextProblemId;
        setText("");
        if (history == null || nextProblemId == null) {
            return;
        }
        state.setText("");
        Background.run(() -> history.notes().load(nextProblemId).orElse(""), note -> {
            if (nextProblemId.equals(problemId) && !dirty) {
                setText(note);
            }
        }, error -> state.setText(PlainWords.report(error, "reading your notes")));
    }

    /** Saves what was typed, if anything was, off the FX thread. */
    void save() {
        quiet.stop();
        if (!dirty || problemId == null || history == null) {
            return;
        }
        dirty = false;
        String id = problemId;
        String note = text.getText();
        if (note.length() > Notes.MAX_CHARS) {
            state.setText("Not saved: a note is at most " + Notes.MAX_CHARS + " characters, and this one has "
                    + note.length() + ". Shorten it.");
            return;
        }
        Background.run(() -> {
            history.notes().save(id, note);
            return note;
        }, saved -> {
            if (id.equals(problemId) && !dirty) {
                state.setText(saved.isBlank() ? "" : "Saved");
            }
            onSaved.accept(id, saved);
        }, error -> state.setText("Not saved: " + PlainWords.report(error, "saving your notes")));
    }

    /** Saves what was typed on this thread: the window is closing, and a background save might not finish. */
    void saveNow() {
        quiet.stop();
        if (!dirty || problemId == null || history == null || text.getLength() > Notes.MAX_CHARS) {
            return;
        }
        dirty = false;
        try {
            history.notes().save(problemId, text.getText());
        } catch (RuntimeException e) {
            PlainWords.report(e, "saving your notes");
        }
    }

    private void setText(String value) {
        loading = true;
        try {
            text.setText(value);
        } finally {
            loading = false;
        }
    }
}
