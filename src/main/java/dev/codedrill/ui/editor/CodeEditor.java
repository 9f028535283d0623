package dev.codedrill.ui.editor;

import dev.codedrill.concurrent.DaemonThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The code editor: a RichTextFX {@link CodeArea} with line numbers, syntax highlighting computed off the FX
 * thread, auto-indent, spaces for tabs, bracket matching, a find bar and font zoom.
 *
 * <p>Call every method on the FX thread. Undo and redo are the area's own (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z).
 */
public final class CodeEditor extends BorderPane {

    public static final int DEFAULT_FONT_SIZE = 14;
    public static final int MIN_FONT_SIZE = 8;
    public static final int MAX_FONT_SIZE = 48;

    /** Style class of the bracket matching the one at or before the caret, and of that one. */
    public static final String MATCHING_BRACKET = "matching-bracket";

    static final Duration HIGHLIGHT_DELAY = Duration.ofMillis(80);

    private static final Logger LOG = LoggerFactory.getLogger(CodeEditor.class);

    /** One daemon thread for every editor: highlighting is short, and stale results are dropped anyway. */
    private static final ExecutorService HIGHLIGHTING = Executors.newSingleThreadExecutor(
            DaemonThreads.named("codedrill-highlighter"));

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final List<KeyCombination> ZOOM_IN = List.of(
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ZOOM_OUT = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ZOOM_RESET = List.of(
            new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN));

    private final EditorArea area = new EditorArea();
    private final FindBar findBar;
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize", DEFAULT_FONT_SIZE) {
        @Override
        public void set(int value) {
            super.set(clamp(value));
        }
    };

    private final StringProperty lineNumberStyle = new SimpleStringProperty(this, "lineNumberStyle", "");
    private String language = "";
    private SyntaxHighlighter highlighter = SyntaxHighlighter.forLanguage("");
    /** Counts text changes; a highlight computed for an older count is stale and dropped. */
    private volatile long edits;
    private int[] markedBrackets = new int[0];
    private boolean bracketsPending;

    public CodeEditor() {
        getStyleClass().add("code-editor");
        getStylesheets().add(CodeEditor.class.getResource("editor.css").toExternalForm());

        IntFunction<Node> lineNumbers = LineNumberFactory.get(area);
        area.setParagraphGraphicFactory(line -> {
            // The factory sets its own font in code; a bound inline style makes the numbers follow the zoom.
            Node number = lineNumbers.apply(line);
            number.styleProperty().bind(lineNumberStyle);
            return number;
        });
        area.setLineHighlighterOn(true);
        // A translucent grey reads as a faint band on both the light and the dark theme.
        area.setLineHighlighterFill(Color.rgb(128, 128, 128, 0.12));
        area.setBeforeEdit(this::clearBracketMarks);
        setCenter(new VirtualizedScrollPane<>(area));

        findBar = new FindBar(area, this::closeFind);
        findBar.setVisible(false);
        findBar.setManaged(false);
        setTop(findBar);

        area.plainTextChanges().subscribe(change -> edits++);
        area.multiPlainChanges().successionEnds(HIGHLIGHT_DELAY).subscribe(changes -> highlightNow());
        area.caretPositionProperty().addListener((obs, old, caret) -> markBracketsLater());

        addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onEditingKey);
        area.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                if (e.getDeltaY() > 0) {
                    zoomIn();
                } else {
                    zoomOut();
                }
                e.consume();
            }
        });
        fontSize.addListener((obs, old, size) -> applyFont());
        applyFont();
    }

    // --- content ---------------------------------------------------------------------------------------

    public String getText() {
        return area.getText();
    }

    /** Replaces the whole text: caret to the start, undo history cleared (Undo must not bring back another draft). */
    public void setText(String text) {
        area.replaceText(text == null ? "" : text);
        area.moveTo(0);
        area.showParagraphAtTop(0);
        area.getUndoManager().forgetHistory();
        highlightNow();
    }

    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    /** "python", "javascript", "java", "cpp", "go", "php"; anything else is shown without highlighting. */
    public void setLanguage(String languageId) {
        language = languageId == null ? "" : languageId;
        highlighter = SyntaxHighlighter.forLanguage(language);
        highlightNow();
    }

    public String getLanguage() {
        return language;
    }

    public void setEditable(boolean editable) {
        area.setEditable(editable);
    }

    public boolean isEditable() {
        return area.isEditable();
    }

    /** Focuses the text area (the editor itself is only its frame). */
    @Override
    public void requestFocus() {
        area.requestFocus();
    }

    /** The RichTextFX area itself, for tests and advanced use. */
    public CodeArea area() {
        return area;
    }

    /**
     * Puts the caret at a 1-based line and column (clamped to the text), scrolls it into view and focuses
     * the editor; nothing is selected. For jumping to a compiler message.
     */
    public void moveTo(int line, int column) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        int length = area.getParagraphLength(paragraph);
        int col = Math.max(0, Math.min(column - 1, length));
        area.moveTo(paragraph, col);
        area.showParagraphInViewport(paragraph);
        area.requestFollowCaret();
        area.requestFocus();
    }

    // --- find ------------------------------------------------------------------------------------------

    /** Opens the find bar (Ctrl+F) and focuses its field. */
    public void showFind() {
        findBar.setManaged(true);
        findBar.setVisible(true);
        findBar.open();
    }

    private void closeFind() {
        findBar.setVisible(false);
        findBar.setManaged(false);
        area.requestFocus();
    }

    // --- zoom ------------------------------------------------------------------------------------------

    /** The font size in pixels, 8 to 48; 14 by default. */
    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public void zoomIn() {
        fontSize.set(fontSize.get() + (fontSize.get() >= 24 ? 2 : 1));
    }

    public void zoomOut() {
        fontSize.set(fontSize.get() - (fontSize.get() > 24 ? 2 : 1));
    }

    public void resetZoom() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    private void applyFont() {
        // Inline, because the family is chosen from the installed fonts.
        String font = MonospaceFont.style() + " -fx-font-size: " + clamp(fontSize.get()) + "px;";
        area.setStyle(font);
        lineNumberStyle.set(font + " -fx-font-style: normal;");
    }

    private static int clamp(int size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    // --- keys ------------------------------------------------------------------------------------------

    private void onShortcut(KeyEvent e) {
        if (FIND.match(e)) {
            showFind();
        } else if (ZOOM_IN.stream().anyMatch(k -> k.match(e))) {
            zoomIn();
        } else if (ZOOM_OUT.stream().anyMatch(k -> k.match(e))) {
            zoomOut();
        } else if (ZOOM_RESET.stream().anyMatch(k -> k.match(e))) {
            resetZoom();
        } else if (e.getCode() == KeyCode.ESCAPE && findBar.isVisible()) {
            closeFind();
        } else {
            return;
        }
        e.consume();
    }

    private void onEditingKey(KeyEvent e) {
        if (!area.isEditable() || e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        boolean handled = switch (e.getCode()) {
            case ENTER -> {
                newline();
                yield true;
            }
            case TAB -> {
                if (e.isShiftDown()) {
                    dedent();
                } else {
                    indent();
                }
                yield true;
            }
            case BACK_SPACE -> !e.isShiftDown() && smartBackspace();
            default -> false;
        };
        if (handled) {
            e.consume();
        }
    }

    private void newline() {
        IndexRange selection = area.getSelection();
        String text = area.getText();
        int lineStart = text.lastIndexOf('\n', selection.getStart() - 1) + 1;
        String before = text.substring(lineStart, selection.getStart());
        char after = selection.getEnd() < text.length() ? text.charAt(selection.getEnd()) : '\n';
        Indentation.Insertion insertion = Indentation.newline(before, after, language);
        area.replaceText(selection.getStart(), selection.getEnd(), insertion.text());
        area.moveTo(selection.getStart() + insertion.caretOffset());
        area.requestFollowCaret();
    }

    private void indent() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            area.replaceSelection(Indentation.UNIT);
            return;
        }
        int[] lines = lineStarts(area.getText(), selection);
        MultiChangeBuilder<Collection<String>, String, Collection<String>> change = area.createMultiChange(lines.length);
        // Last line first, so that each position is still the one measured before the change.
        for (int i = lines.length - 1; i >= 0; i--) {
            change.insertText(lines[i], Indentation.UNIT);
        }
        change.commit();
        int width = Indentation.WIDTH;
        int start = selection.getStart() == lines[0] ? selection.getStart() : selection.getStart() + width;
        area.selectRange(start, selection.getEnd() + width * lines.length);
    }

    private void dedent() {
        IndexRange selection = area.getSelection();
        String text = area.getText();
        int[] lines = lineStarts(text, selection);
        int[] removed = new int[lines.length];
        int total = 0;
        for (int i = 0; i < lines.length; i++) {
            int end = text.indexOf('\n', lines[i]);
            removed[i] = Indentation.dedentWidth(text.substring(lines[i], end < 0 ? text.length() : end));
            total += removed[i];
        }
        if (total == 0) {
            return;
        }
        MultiChangeBuilder<Collection<String>, String, Collection<String>> change = area.createMultiChange(lines.length);
        for (int i = lines.length - 1; i >= 0; i--) {
            if (removed[i] > 0) {
                change.deleteText(lines[i], lines[i] + removed[i]);
            }
        }
        change.commit();
        int last = lines.length - 1;
        int start = selection.getStart() - Math.min(removed[0], selection.getStart() - lines[0]);
        int end = selection.getEnd() - (total - removed[last])
                - Math.min(removed[last], selection.getEnd() - lines[last]);
        if (selection.getLength() == 0) {
            area.moveTo(start);
        } else {
            area.selectRange(start, end);
        }
    }

    private boolean smartBackspace() {
        if (area.getSelection().getLength() > 0) {
            return false;
        }
        int caret = area.getCaretPosition();
        String line = area.getParagraph(area.getCurrentParagraph()).getText();
        int remove = Indentation.smartBackspace(line.substring(0, Math.min(area.getCaretColumn(), line.length())));
        if (remove == 0) {
            return false;
        }
        area.deleteText(caret - remove, caret);
        return true;
    }

    /**
     * Starts of the lines a selection touches; a selection ending at the very start of a line leaves that
     * line out, as editors do when whole lines are selected.
     */
    private static int[] lineStarts(String text, IndexRange selection) {
        int end = selection.getEnd();
        if (selection.getLength() > 0 && end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(text.lastIndexOf('\n', selection.getStart() - 1) + 1);
        for (int i = text.indexOf('\n', selection.getStart()); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    // --- highlighting ----------------------------------------------------------------------------------

    private void highlightNow() {
        long stamp = edits;
        String text = area.getText();
        SyntaxHighlighter using = highlighter;
        Task<StyleSpans<Collection<String>>> task = new Task<>() {
            @Override
            protected StyleSpans<Collection<String>> call() {
                return stamp == edits ? using.highlight(text) : null;
            }
        };
        task.setOnSucceeded(e -> {
            StyleSpans<Collection<String>> spans = task.getValue();
            if (spans != null && stamp == edits && using == highlighter && spans.length() == area.getLength()) {
                area.setStyleSpans(0, spans);
                markedBrackets = new int[0];
                markBrackets();
            }
        });
        task.setOnFailed(e -> LOG.warn("Highlighting failed for {}", using.languageId(), task.getException()));
        HIGHLIGHTING.execute(task);
    }

    // --- brackets --------------------------------------------------------------------------------------

    private void markBracketsLater() {
        // The caret moves in the middle of an edit; styling is changed once the edit is over.
        if (!bracketsPending) {
            bracketsPending = true;
            Platform.runLater(this::markBrackets);
        }
    }

    private void markBrackets() {
        bracketsPending = false;
        clearBracketMarks();
        int caret = area.getCaretPosition();
        int length = area.getLength();
        int at = -1;
        if (caret > 0 && Brackets.isBracket(charAt(caret - 1))) {
            at = caret - 1;
        } else if (caret < length && Brackets.isBracket(charAt(caret))) {
            at = caret;
        }
        if (at < 0 || notCode(at)) {
            return;
        }
        int match = Brackets.match(area.getText(), at, this::notCode);
        if (match >= 0) {
            markedBrackets = new int[] {at, match};
            for (int position : markedBrackets) {
                restyle(position, true);
            }
        }
    }

    private void clearBracketMarks() {
        for (int position : markedBrackets) {
            restyle(position, false);
        }
        markedBrackets = new int[0];
    }

    private void restyle(int position, boolean marked) {
        if (position < 0 || position >= area.getLength()) {
            return;
        }
        Collection<String> style = area.getStyleOfChar(position);
        if (style.contains(MATCHING_BRACKET) == marked) {
            return;
        }
        List<String> changed = new ArrayList<>(style);
        if (marked) {
            changed.add(MATCHING_BRACKET);
        } else {
            changed.remove(MATCHING_BRACKET);
        }
        area.setStyle(position, position + 1, changed);
    }

    private char charAt(int position) {
        return area.getText(position, position + 1).charAt(0);
    }

    private boolean notCode(int position) {
        Collection<String> style = area.getStyleOfChar(position);
        return style.contains(SyntaxHighlighter.STRING) || style.contains(SyntaxHighlighter.COMMENT);
    }

    /** The area, with a hook that runs before every edit: the bracket marks must not spread to typed text. */
    private static final class EditorArea extends CodeArea {
        private Runnable beforeEdit = () -> { };

        void setBeforeEdit(Runnable hook) {
            beforeEdit = hook;
        }

        @Override
        public void replace(int start, int end,
                StyledDocument<Collection<String>, String, Collection<String>> replacement) {
            beforeEdit.run();
            super.replace(start, end, replacement);
        }
    }
}
