package dev.codedrill.ui.statement;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import static dev.codedrill.testing.Fx.fx;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Statements rendered in a real window: the node structure, the text, and every shipped statement. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

    private static final String STATEMENT = """
            # Two Sum

            Given an array `nums` and an integer **target**, return the *indices* of [two numbers](https://example.com/ts).

            - first point
            - second point
              1. nested one
              2. nested two

            | n | answer |
            |---|-------:|
            | 1 | 2 |
            | 3 | 4 |

            ```
            Input: nums = [2, 7, 11, 15], target = 9
            Output: [0, 1]
            ```

            > Note: exactly one answer.

            ---
            """;

    private MarkdownView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new MarkdownView();
        stage.setScene(new Scene(view, 700, 600));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }


    private void render(String markdown) throws Exception {
        fx(() -> {
            view.setMarkdown(markdown);
            view.applyCss();
            view.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String textOf(TextFlow flow) {
        return flow.getChildren().stream()
                .map(n -> n instanceof Text t ? t.getText() : n instanceof Label l ? l.getText() : "")
                .collect(Collectors.joining());
    }

    @Test
    void rendersHeadingsParagraphsInlineCodeListsTablesAndCodeBlocks(FxRobot robot) throws Exception {
        render(STATEMENT);

        TextFlow heading = robot.lookup(".md-h1").queryAs(TextFlow.class);
        assertThat(textOf(heading)).isEqualTo("Two Sum");

        TextFlow paragraph = robot.lookup(".md-paragraph").queryAs(TextFlow.class);
        assertThat(textOf(paragraph)).isEqualTo(
                "Given an array nums and an integer target, return the indices of two numbers.");
        Label code = robot.from(paragraph).lookup(".md-code").queryAs(Label.class);
        assertThat(code.getText()).isEqualTo("nums");
        assertThat(code.getFont().getFamily()).isNotEqualTo(((Text) paragraph.getChildren().get(0)).getFont().getFamily());
        Text strong = robot.from(paragraph).lookup(".md-strong").queryAs(Text.class);
        assertThat(strong.getText()).isEqualTo("target");
        assertThat(strong.getFont().getStyle()).containsIgnoringCase("bold");
        Text link = robot.from(paragraph).lookup(".md-link").queryAs(Text.class);
        assertThat(link.getText()).isEqualTo("two numbers");
        assertThat(link.getProperties().get("javafx.scene.control.Tooltip"))
                .extracting(t -> ((javafx.scene.control.Tooltip) t).getText()).isEqualTo("https://example.com/ts");

        List<String> markers = robot.lookup(".md-list-marker").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(markers).containsExactly("\u2022", "\u2022", "1.", "2.");
        assertThat(robot.lookup(".md-list").queryAll()).hasSize(2);

        GridPane table = robot.lookup(".md-table").queryAs(GridPane.class);
        List<String> headers = robot.from(table).lookup(".md-table-header").queryAll().stream()
                .map(n -> textOf((TextFlow) ((Region) n).getChildrenUnmodifiable().get(0))).toList();
        assertThat(headers).containsExactly("n", "answer");
        assertThat(robot.from(table).lookup(".md-table-cell").queryAll()).hasSize(4);

        CodeBlock block = robot.lookup(".md-code-block").queryAs(CodeBlock.class);
        TextArea codeText = block.textArea();
        assertThat(codeText.getText()).isEqualTo("Input: nums = [2, 7, 11, 15], target = 9\nOutput: [0, 1]");
        assertThat(codeText.isEditable()).isFalse();

        assertThat(robot.lookup(".md-blockquote").queryAll()).hasSize(1);
        assertThat(robot.lookup(".md-hr").queryAll()).hasSize(1);

        assertThat(view.plainText()).startsWith("Two Sum\n").contains(
                "return the indices of two numbers.", "\u2022 first point", "1. nested one", "n\tanswer\n1\t2\n3\t4",
                "Input: nums = [2, 7, 11, 15], target = 9\nOutput: [0, 1]", "Note: exactly one answer.");
    }

    @Test
    void codeBlocksAreSelectableCopyableAndShowEveryLineWithoutScrollingVertically(FxRobot robot) throws Exception {
        String longLine = "x".repeat(400);
        render("Text.\n\n```\nline one\n" + longLine + "\nline three\n```\n");
        CodeBlock block = robot.lookup(".md-code-block").queryAs(CodeBlock.class);
        TextArea area = block.textArea();

        fx(() -> {
            area.selectRange(0, 8);
            area.copy();
            return null;
        });
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("line one");
        fx(() -> {
            block.copyToClipboard();
            return null;
        });
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(block.code());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> {
            ScrollPane inner = (ScrollPane) area.lookup(".scroll-pane");
            Region content = (Region) inner.getContent();
            return inner.getViewportBounds().getHeight() + 0.5 >= content.getHeight()
                    && inner.getViewportBounds().getWidth() < content.getWidth();
        }));
        assertThat(fx(() -> area.getWidth())).as("fits the view's width").isLessThan(700);
    }

    @Test
    void hoveringACodeBlockShowsACopyButtonThatCopiesTheBlock(FxRobot robot) throws Exception {
        render("Example:\n\n```\nInput: 3 4\nOutput: 7\n```\n");
        CodeBlock block = robot.lookup(".md-code-block").queryAs(CodeBlock.class);
        javafx.scene.control.Button copy = robot.from(block).lookup(".md-copy-button").queryButton();
        robot.moveTo(view.lookup(".md-paragraph"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(copy.isVisible()).isFalse();
        robot.moveTo(block);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, copy::isVisible);
        robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("Input: 3 4\nOutput: 7");
        assertThat(copy.getText()).isEqualTo("Copied");
    }

    @Test
    void theMouseWheelOverACodeBlockScrollsTheStatement(FxRobot robot) throws Exception {
        render("```\nexample\n```\n\n" + "Some paragraph.\n\n".repeat(80));
        CodeBlock block = robot.lookup(".md-code-block").queryAs(CodeBlock.class);
        robot.moveTo(block);
        robot.scroll(5, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(view::getVvalue)).isGreaterThan(0);
    }

    @Test
    void theHintsAreCollapsedOneByOneUntilTheLearnerOpensOneAndTheFollowUpStaysASection(FxRobot robot)
            throws Exception {
        render("# P\n\nDo it.\n\n## Hints\n\n1. Sort first.\n2. Then use **two** pointers.\n\n## Follow-up\n\n"
                + "Can you do it in one pass?\n");
        List<javafx.scene.control.TitledPane> hints = robot.lookup(".md-hint").queryAllAs(
                javafx.scene.control.TitledPane.class).stream().toList();
        assertThat(hints).extracting(javafx.scene.control.TitledPane::getText).containsExactly("Hint 1", "Hint 2");
        assertThat(hints).noneMatch(javafx.scene.control.TitledPane::isExpanded);
        assertThat(robot.lookup(".md-h2").queryAllAs(TextFlow.class)).extracting(MarkdownViewTest::textOf)
                .containsExactly("Hints", "Follow-up");

        robot.clickOn(hints.get(1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(hints.get(1).isExpanded()).isTrue();
        assertThat(hints.get(0).isExpanded()).isFalse();
        assertThat(textOf((TextFlow) robot.from(hints.get(1).getContent()).lookup(".md-paragraph").query()))
                .isEqualTo("Then use two pointers.");
    }

    @Test
    void aHintsSectionWithoutAListIsOneHint(FxRobot robot) throws Exception {
        render("# P\n\n## Hints\n\nThink of a hash map.\n");
        assertThat(robot.lookup(".md-hint").queryAllAs(javafx.scene.control.TitledPane.class))
                .extracting(javafx.scene.control.TitledPane::getText).containsExactly("Hint");
    }

    @Test
    void settingNewMarkdownReplacesTheOld(FxRobot robot) throws Exception {
        render("# One\n\nfirst");
        render("## Two\n\nsecond");
        assertThat(robot.lookup(".md-h1").queryAll()).isEmpty();
        assertThat(textOf(robot.lookup(".md-h2").queryAs(TextFlow.class))).isEqualTo("Two");
        assertThat(view.plainText()).isEqualTo("Two\nsecond");
        render(null);
        assertThat(view.plainText()).isEmpty();
    }

    @Test
    void paragraphsWrapToTheViewsWidth(FxRobot robot) throws Exception {
        render("word ".repeat(300));
        TextFlow paragraph = robot.lookup(".md-paragraph").queryAs(TextFlow.class);
        assertThat(fx(paragraph::getWidth)).isLessThan(700);
        assertThat(fx(paragraph::getHeight)).as("several lines").isGreaterThan(60);
    }

    @Test
    void everyShippedStatementRendersWithText(FxRobot robot) throws Exception {
        List<Path> statements;
        try (Stream<Path> dirs = Files.list(Path.of("problems"))) {
            statements = dirs.map(d -> d.resolve("statement.md")).filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(statements).hasSizeGreaterThan(10);
        for (Path statement : statements) {
            String markdown = Files.readString(statement);
            render(markdown);
            assertThat(view.plainText()).as(statement.toString()).isNotBlank();
            String title = markdown.lines().filter(l -> l.startsWith("# ")).findFirst().orElseThrow().substring(2);
            assertThat(view.plainText()).as(statement.toString()).startsWith(title.strip());
            List<Node> blocks = robot.lookup(".md-code-block").queryAll().stream().toList();
            assertThat(blocks).as(statement + " has examples").isNotEmpty();
        }
    }
}
