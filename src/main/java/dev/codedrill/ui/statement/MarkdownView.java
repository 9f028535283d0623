package dev.codedrill.ui.statement;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * A problem statement: Markdown (CommonMark with GFM tables) rendered to JavaFX nodes, no WebView.
 * Text wraps to the view's width; code blocks scroll sideways and can be selected and copied; links show
 * their address as a tooltip and are never opened. Call on the FX thread.
 */
public final class MarkdownView extends ScrollPane {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final VBox body = new VBox();
    private String markdown = "";
    private String plainText = "";

    public MarkdownView() {
        getStyleClass().add("markdown-view");
        getStylesheets().add(MarkdownView.class.getResource("markdown.css").toExternalForm());
        body.getStyleClass().add("md-body");
        setContent(body);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        // Paragraph text is not selectable (TextFlow cannot select); all of it can be copied from here.
        MenuItem copyAll = new MenuItem("Copy statement text");
        copyAll.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(plainText);
            Clipboard.getSystemClipboard().setContent(content);
        });
        body.setOnContextMenuRequested(e -> {
            if (e.getTarget() instanceof javafx.scene.Node target && isInsideCodeBlock(target)) {
                return; // the code block's own text menu (copy, select all) applies
            }
            new ContextMenu(copyAll).show(body, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** Renders {@code markdown} (null: nothing), replacing what was shown, scrolled to the top. */
    public void setMarkdown(String markdown) {
        this.markdown = markdown == null ? "" : markdown;
        MarkdownRenderer renderer = new MarkdownRenderer();
        body.getChildren().setAll(renderer.blocks(PARSER.parse(this.markdown), 0));
        plainText = renderer.plainText();
        setVvalue(0);
        setHvalue(0);
    }

    public String getMarkdown() {
        return markdown;
    }

    /** The rendered text without formatting: blocks on their own lines, table cells tab-separated. */
    public String plainText() {
        return plainText;
    }

    private static boolean isInsideCodeBlock(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof CodeBlock) {
                return true;
            }
        }
        return false;
    }
}
