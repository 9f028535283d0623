package dev.codedrill.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;

/**
 * The editor's find bar: a case-insensitive plain-text search whose current match is the area's selection.
 * Enter finds the next match, Shift+Enter the previous one, Esc closes; the count reads "2 of 5".
 */
final class FindBar extends HBox {

    private final CodeArea area;
    private final Runnable onClose;
    private final TextField query = new TextField();
    private final Label count = new Label();
    private List<IndexRange> matches = List.of();

    FindBar(CodeArea area, Runnable onClose) {
        this.area = area;
        this.onClose = onClose;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);

        query.setId("find-field");
        query.setPromptText("Find");
        query.setPrefColumnCount(22);
        query.textProperty().addListener((obs, old, text) -> searchFromSelectionStart());
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        count.setMinWidth(Region.USE_PREF_SIZE);

        Button previous = button("find-previous", "\u2191", "Previous match (Shift+Enter)");
        previous.setOnAction(e -> step(false));
        Button next = button("find-next", "\u2193", "Next match (Enter)");
        next.setOnAction(e -> step(true));
        Button close = button("find-close", "\u2715", "Close (Esc)");
        close.setOnAction(e -> onClose.run());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(query, count, previous, next, gap, close);

        // The count follows edits made while the bar is open.
        area.textProperty().addListener((obs, old, text) -> {
            if (isVisible()) {
                refresh();
            }
        });
    }

    TextField field() {
        return query;
    }

    /** Focuses the field, taking a one-line selection of the area as the query. */
    void open() {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            query.setText(selected);
        }
        refresh();
        query.requestFocus();
        query.selectAll();
    }

    /** Moves to the next (or previous) match from the selection, wrapping around the text. */
    void step(boolean forward) {
        refresh();
        if (matches.isEmpty()) {
            return;
        }
        IndexRange selection = area.getSelection();
        IndexRange target = null;
        if (forward) {
            int from = selection.getLength() > 0 ? selection.getEnd() : area.getCaretPosition();
            target = matches.stream().filter(m -> m.getStart() >= from).findFirst().orElse(matches.get(0));
        } else {
            int before = selection.getLength() > 0 ? selection.getStart() : area.getCaretPosition();
            for (IndexRange m : matches) {
                if (m.getStart() < before) {
                    target = m;
                }
            }
            if (target == null) {
                target = matches.get(matches.size() - 1);
            }
        }
        select(target);
    }

    /** As the query is typed: stay on the match at the selection's start if it still matches, else go on. */
    private void searchFromSelectionStart() {
        refresh();
        if (matches.isEmpty()) {
            return;
        }
        int from = area.getSelection().getStart();
        select(matches.stream().filter(m -> m.getStart() >= from).findFirst().orElse(matches.get(0)));
    }

    private void select(IndexRange match) {
        area.selectRange(match.getStart(), match.getEnd());
        area.requestFollowCaret();
        updateCount();
    }

    private void refresh() {
        matches = find(area.getText(), query.getText());
        updateCount();
    }

    private void updateCount() {
        if (query.getText().isEmpty()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText("No results");
        } else {
            int current = matches.indexOf(area.getSelection()) + 1;
            count.setText(current > 0 ? current + " of " + matches.size()
                    : matches.size() + (matches.size() == 1 ? " match" : " matches"));
        }
        count.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("none"),
                !query.getText().isEmpty() && matches.isEmpty());
    }

    /** Non-overlapping, case-insensitive occurrences of {@code what} in {@code text}. */
    static List<IndexRange> find(String text, String what) {
        if (what.isEmpty()) {
            return List.of();
        }
        Matcher m = Pattern.compile(Pattern.quote(what), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        List<IndexRange> found = new ArrayList<>();
        while (m.find()) {
            found.add(new IndexRange(m.start(), m.end()));
        }
        return found;
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip); // its text is an arrow or a cross: a screen reader says the tip instead
        b.getStyleClass().add("find-button");
        b.setFocusTraversable(false);
        return b;
    }
}
