package dev.codedrill.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import static dev.codedrill.testing.Fx.fx;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor in a real window, driven by key presses. */
@ExtendWith(ApplicationExtension.class)
class CodeEditorTest {

    private CodeEditor editor;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        editor = new CodeEditor();
        stage.setScene(new Scene(editor, 800, 500));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }



    private CodeArea area() {
        return editor.area();
    }

    private void focusEditor(FxRobot robot) {
        robot.clickOn(area());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A key press and release delivered to the focused node by the toolkit, not through the X server: on a
     * loaded machine a late release lets X auto-repeat a real key press dozens of times.
     */
    private void key(KeyCode code, KeyCode... modifiers) throws Exception {
        List<KeyCode> held = List.of(modifiers);
        boolean shift = held.contains(KeyCode.SHIFT);
        boolean control = held.contains(KeyCode.CONTROL);
        fx(() -> {
            Node target = editor.getScene().getFocusOwner();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false));
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, control, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shortcut(FxRobot robot, KeyCode code) throws Exception {
        key(code, KeyCode.CONTROL);
    }

    @Test
    void enterKeepsTheIndentationAndIndentsAfterAPythonColon(FxRobot robot) throws Exception {
        fx(() -> editor.setLanguage("python"));
        focusEditor(robot);
        robot.write("def f(x):");
        key(KeyCode.ENTER);
        robot.write("return x");
        key(KeyCode.ENTER);
        robot.write("y");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(editor::getText)).isEqualTo("def f(x):\n    return x\n    y");
    }

    @Test
    void enterBetweenBracesOpensAnIndentedBlock(FxRobot robot) throws Exception {
        fx(() -> {
            editor.setLanguage("java");
            editor.setText("  void f() {}");
            area().moveTo(12);
        });
        focusEditor(robot);
        fx(() -> area().moveTo(12));
        key(KeyCode.ENTER);
        robot.write("x();");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(editor::getText)).isEqualTo("  void f() {\n      x();\n  }");
    }

    @Test
    void tabInsertsFourSpacesAndIndentsOrDedentsSelectedLines(FxRobot robot) throws Exception {
        focusEditor(robot);
        key(KeyCode.TAB);
        robot.write("a");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(editor::getText)).isEqualTo("    a");

        fx(() -> {
            editor.setText("one\ntwo\nthree");
            area().selectRange(1, 6); // "ne\ntw"
        });
        key(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(editor::getText)).isEqualTo("    one\n    two\nthree");
        assertThat(fx(() -> area().getSelectedText())).isEqualTo("ne\n    tw");

        key(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(editor::getText)).isEqualTo("one\ntwo\nthree");
        assertThat(fx(() -> area().getSelectedText())).isEqualTo("ne\ntw");
    }

    @Test
    void backspaceInLeadingSpacesRemovesOneIndentLevel(FxRobot robot) throws Exception {
        fx(() -> editor.setText("        x"));
        focusEditor(robot);
        fx(() -> area().moveTo(8));
        key(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(editor::getText)).isEqualTo("    x");
    }

    @Test
    void typedKeywordsAreHighlightedOffTheFxThread(FxRobot robot) throws Exception {
        fx(() -> editor.setLanguage("javascript"));
        focusEditor(robot);
        robot.write("const x = 'hi'; // note");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> area().getStyleOfChar(0).contains("keyword")
                && area().getStyleOfChar(11).contains("string") && area().getStyleOfChar(18).contains("comment")));
        assertThat(fx(() -> area().getStyleOfChar(6))).isEmpty();
    }

    @Test
    void changingTheLanguageRehighlights() throws Exception {
        fx(() -> {
            editor.setLanguage("python");
            editor.setText("def f(): pass");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> area().getStyleOfChar(0).contains("keyword")));
        fx(() -> editor.setLanguage("plain"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> area().getStyleOfChar(0).isEmpty()));
        assertThat(fx(editor::getLanguage)).isEqualTo("plain");
    }

    @Test
    void theBracketAtTheCaretAndItsPartnerAreMarked() throws Exception {
        fx(() -> {
            editor.setLanguage("python");
            editor.setText("f(a[1], \")\")");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> area().getStyleOfChar(8).contains("string")));
        fx(() -> area().moveTo(12)); // after the last ')'
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> fx(() -> area().getStyleOfChar(1).contains(CodeEditor.MATCHING_BRACKET)));
        assertThat(fx(() -> area().getStyleOfChar(11))).contains(CodeEditor.MATCHING_BRACKET);
        assertThat(fx(() -> area().getStyleOfChar(9))).doesNotContain(CodeEditor.MATCHING_BRACKET);

        fx(() -> area().moveTo(4)); // after '['
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> fx(() -> area().getStyleOfChar(5).contains(CodeEditor.MATCHING_BRACKET)));
        assertThat(fx(() -> area().getStyleOfChar(1))).doesNotContain(CodeEditor.MATCHING_BRACKET);
        assertThat(fx(() -> area().getStyleOfChar(3))).contains(CodeEditor.MATCHING_BRACKET);
    }

    @Test
    void findCountsMatchesAndMovesTheSelection(FxRobot robot) throws Exception {
        fx(() -> editor.setText("a foo b\nFOO c foo"));
        focusEditor(robot);
        shortcut(robot, KeyCode.F);
        TextField field = robot.lookup("#find-field").queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();
        robot.write("foo");
        WaitForAsyncUtils.waitForFxEvents();
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("1 of 3");
        assertThat(fx(() -> area().getSelection())).isEqualTo(new IndexRange(2, 5));

        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> area().getSelection())).isEqualTo(new IndexRange(8, 11));
        assertThat(count.getText()).isEqualTo("2 of 3");

        key(KeyCode.ENTER);
        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count.getText()).as("wraps around").isEqualTo("1 of 3");

        key(KeyCode.ENTER, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> area().getSelection())).isEqualTo(new IndexRange(14, 17));
        assertThat(count.getText()).isEqualTo("3 of 3");

        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count.getText()).isEqualTo("No results");

        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getParent().isVisible()).as("the find bar is closed").isFalse();
        assertThat(area().isFocused()).isTrue();
    }

    @Test
    void zoomKeysChangeTheFontSizeWithinItsLimits(FxRobot robot) throws Exception {
        fx(() -> editor.setText("x = 1\n"));
        focusEditor(robot);
        assertThat(editor.fontSizeProperty().get()).isEqualTo(14);
        shortcut(robot, KeyCode.EQUALS);
        assertThat(editor.fontSizeProperty().get()).isEqualTo(15);
        shortcut(robot, KeyCode.MINUS);
        shortcut(robot, KeyCode.MINUS);
        assertThat(editor.fontSizeProperty().get()).isEqualTo(13);
        shortcut(robot, KeyCode.DIGIT0);
        assertThat(editor.fontSizeProperty().get()).isEqualTo(14);

        fx(() -> editor.fontSizeProperty().set(100));
        assertThat(editor.fontSizeProperty().get()).isEqualTo(CodeEditor.MAX_FONT_SIZE);
        fx(() -> editor.fontSizeProperty().set(1));
        assertThat(editor.fontSizeProperty().get()).isEqualTo(CodeEditor.MIN_FONT_SIZE);

        fx(() -> editor.fontSizeProperty().set(20));
        WaitForAsyncUtils.waitForFxEvents();
        Label lineNumber = robot.lookup(".lineno").queryAs(Label.class);
        assertThat(lineNumber.getFont().getSize()).as("line numbers follow the zoom").isEqualTo(20.0);
        assertThat(fx(() -> area().getStyle())).contains("-fx-font-size: 20px");
    }

    @Test
    void moveToPutsTheCaretOnTheLineAndColumnAndScrollsThere() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            text.append("line ").append(i).append('\n');
        }
        fx(() -> editor.setText(text.toString()));
        fx(() -> editor.moveTo(250, 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> area().getCurrentParagraph())).isEqualTo(249);
        assertThat(fx(() -> area().getCaretColumn())).isEqualTo(2);
        assertThat(fx(() -> area().getSelectedText())).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> fx(() -> area().allParToVisibleParIndex(249).isPresent()));
        assertThat(fx(() -> area().isFocused())).isTrue();

        fx(() -> editor.moveTo(10_000, 10_000));
        assertThat(fx(() -> area().getCaretPosition())).isEqualTo(text.length());
        fx(() -> editor.moveTo(0, -5));
        assertThat(fx(() -> area().getCaretPosition())).isZero();
        fx(() -> editor.moveTo(2, 99));
        assertThat(fx(() -> area().getCaretPosition())).isEqualTo("line 1\nline 2".length());
    }

    @Test
    void setTextClearsUndoSoAnotherDraftCannotComeBack(FxRobot robot) throws Exception {
        focusEditor(robot);
        robot.write("first draft");
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> editor.setText("second"));
        assertThat(fx(() -> area().getCaretPosition())).isZero();
        shortcut(robot, KeyCode.Z);
        assertThat(fx(editor::getText)).isEqualTo("second");

        fx(() -> area().moveTo(6));
        robot.write("!");
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(robot, KeyCode.Z);
        assertThat(fx(editor::getText)).as("undo still works for edits after it").isEqualTo("second");
        shortcut(robot, KeyCode.Y);
        assertThat(fx(editor::getText)).isEqualTo("second!");
    }

    @Test
    void textPropertyFollowsEditsAndReadOnlyIgnoresKeys(FxRobot robot) throws Exception {
        fx(() -> editor.setText("abc"));
        assertThat(editor.textProperty().getValue()).isEqualTo("abc");
        fx(() -> editor.setEditable(false));
        focusEditor(robot);
        robot.write("zz");
        key(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(editor::getText)).isEqualTo("abc");
    }
}
