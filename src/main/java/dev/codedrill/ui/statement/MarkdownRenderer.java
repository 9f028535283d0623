package dev.codedrill.ui.statement;

import dev.codedrill.ui.editor.MonospaceFont;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/**
 * Turns a commonmark-java tree into JavaFX nodes, block by block, and collects the same content as plain
 * text. One renderer per document: it accumulates that text.
 */
final class MarkdownRenderer {

    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};

    private final StringBuilder plain = new StringBuilder();

    /**
     * The nodes for a document's (or a container's) child blocks. A document's {@code ## Hints} section is not shown
     * open: each item of its list (or the whole section, when it has no list) is a collapsed "Hint N" the learner opens
     * when they want it, as LeetCode does.
     */
    List<Node> blocks(org.commonmark.node.Node parent, int listDepth) {
        List<Node> nodes = new ArrayList<>();
        for (org.commonmark.node.Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (parent instanceof org.commonmark.node.Document && isHintsHeading(child)) {
                org.commonmark.node.Node next = child.getNext();
                List<org.commonmark.node.Node> section = new ArrayList<>();
                while (next != null && !(next instanceof Heading h && h.getLevel() <= 2)) {
                    section.add(next);
                    next = next.getNext();
                }
                nodes.add(block(child, listDepth));
                nodes.add(hints(section, listDepth));
                if (next == null) {
                    break;
                }
                child = next.getPrevious();
                continue;
            }
            Node node = block(child, listDepth);
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private static boolean isHintsHeading(org.commonmark.node.Node block) {
        if (!(block instanceof Heading heading) || heading.getLevel() != 2
                || !(heading.getFirstChild() instanceof org.commonmark.node.Text text)) {
            return false;
        }
        String title = text.getLiteral().strip().toLowerCase(java.util.Locale.ROOT);
        return title.equals("hints") || title.equals("hint");
    }

    /** The hints, each in a collapsed pane: the items of the section's list, or the section as one hint. */
    private Node hints(List<org.commonmark.node.Node> section, int listDepth) {
        VBox panes = new VBox(4);
        panes.getStyleClass().add("md-hints");
        List<List<Node>> hints = new ArrayList<>();
        for (org.commonmark.node.Node block : section) {
            if (block instanceof ListBlock list) {
                for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    hints.add(blocks(item, listDepth));
                }
            } else {
                Node node = block(block, listDepth);
                if (node != null) {
                    if (hints.isEmpty()) {
                        hints.add(new ArrayList<>());
                    }
                    hints.get(hints.size() - 1).add(node);
                }
            }
        }
        for (int i = 0; i < hints.size(); i++) {
            VBox content = new VBox(6);
            content.getChildren().setAll(hints.get(i));
            javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(
                    hints.size() == 1 ? "Hint" : "Hint " + (i + 1), content);
            pane.setExpanded(false);
            pane.setAnimated(false);
            pane.getStyleClass().add("md-hint");
            panes.getChildren().add(pane);
        }
        return panes;
    }

    String plainText() {
        return plain.toString().strip();
    }

    private Node block(org.commonmark.node.Node block, int listDepth) {
        if (block instanceof Heading heading) {
            int level = Math.min(6, Math.max(1, heading.getLevel()));
            return endBlock(flow(block, "md-heading", "md-h" + level));
        }
        if (block instanceof Paragraph) {
            return endBlock(flow(block, "md-paragraph"));
        }
        if (block instanceof FencedCodeBlock fenced) {
            return codeBlock(fenced.getLiteral(), fenced.getInfo());
        }
        if (block instanceof IndentedCodeBlock indented) {
            return codeBlock(indented.getLiteral(), "");
        }
        if (block instanceof ListBlock list) {
            return list(list, listDepth);
        }
        if (block instanceof BlockQuote) {
            VBox quote = new VBox();
            quote.getStyleClass().add("md-blockquote");
            quote.getChildren().setAll(blocks(block, listDepth));
            return quote;
        }
        if (block instanceof ThematicBreak) {
            Region rule = new Region();
            rule.getStyleClass().add("md-hr");
            plain.append("\n");
            return rule;
        }
        if (block instanceof TableBlock table) {
            return table(table);
        }
        if (block instanceof HtmlBlock html) {
            // Raw HTML is shown as it is written: a statement is not a web page.
            TextFlow flow = new TextFlow(text(html.getLiteral().strip(), "md-html"));
            flow.getStyleClass().add("md-paragraph");
            plain.append(html.getLiteral().strip());
            return endBlock(flow);
        }
        if (block instanceof LinkReferenceDefinition) {
            return null;
        }
        // An extension block we do not know: its children, if any, still show.
        VBox box = new VBox();
        box.getStyleClass().add("md-block");
        box.getChildren().setAll(blocks(block, listDepth));
        return box.getChildren().isEmpty() ? null : box;
    }

    private <N extends Node> N endBlock(N node) {
        plain.append("\n");
        return node;
    }

    // --- inline content --------------------------------------------------------------------------------

    /** A wrapping text flow of a block's inline children. */
    private TextFlow flow(org.commonmark.node.Node block, String... styleClasses) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(styleClasses);
        List<Node> inlines = new ArrayList<>();
        inlines(block, new Inline(false, false, null), inlines);
        flow.getChildren().setAll(inlines);
        return flow;
    }

    private record Inline(boolean strong, boolean emphasis, Link link) {
        Inline with(boolean withStrong, boolean withEmphasis, Link withLink) {
            return new Inline(strong || withStrong, emphasis || withEmphasis, withLink != null ? withLink : link);
        }
    }

    private void inlines(org.commonmark.node.Node parent, Inline style, List<Node> out) {
        for (org.commonmark.node.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Text text) {
                out.add(styled(text.getLiteral(), style));
            } else if (node instanceof Code code) {
                out.add(inlineCode(code.getLiteral(), style));
            } else if (node instanceof Emphasis) {
                inlines(node, style.with(false, true, null), out);
            } else if (node instanceof StrongEmphasis) {
                inlines(node, style.with(true, false, null), out);
            } else if (node instanceof Link link) {
                inlines(node, style.with(false, false, link), out);
            } else if (node instanceof Image image) {
                List<Node> alt = new ArrayList<>();
                inlines(image, style, alt);
                String altText = alt.stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                        .reduce("", String::concat);
                Text shown = styled("[image" + (altText.isBlank() ? "" : ": " + altText) + "]", style);
                shown.getStyleClass().add("md-image");
                Tooltip.install(shown, new Tooltip(image.getDestination()));
                out.add(shown);
            } else if (node instanceof SoftLineBreak) {
                out.add(styled(" ", style));
            } else if (node instanceof HardLineBreak) {
                out.add(styled("\n", style));
            } else if (node instanceof HtmlInline html) {
                out.add(styled(html.getLiteral(), style));
            } else {
                inlines(node, style, out);
            }
        }
    }

    private Text styled(String content, Inline style) {
        Text text = text(content, "md-text");
        if (style.strong()) {
            text.getStyleClass().add("md-strong");
        }
        if (style.emphasis()) {
            text.getStyleClass().add("md-em");
        }
        if (style.link() != null) {
            // A link shows its address on hover and is never opened from here.
            text.getStyleClass().add("md-link");
            String title = style.link().getTitle();
            String tip = style.link().getDestination() + (title == null || title.isBlank() ? "" : " \u2014 " + title);
            Tooltip.install(text, new Tooltip(tip));
        }
        plain.append(content);
        return text;
    }

    private Node inlineCode(String code, Inline style) {
        Label label = new Label(code);
        label.getStyleClass().add("md-code");
        label.setStyle(MonospaceFont.style());
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (style.strong()) {
            label.getStyleClass().add("md-strong");
        }
        if (style.link() != null) {
            label.setTooltip(new Tooltip(style.link().getDestination()));
        }
        plain.append(code);
        return label;
    }

    private static Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        return text;
    }

    // --- code, lists, tables ---------------------------------------------------------------------------

    private Node codeBlock(String literal, String info) {
        String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        plain.append(code).append("\n");
        return new CodeBlock(code, info == null ? "" : info.strip());
    }

    private Node list(ListBlock list, int depth) {
        VBox box = new VBox();
        box.getStyleClass().addAll("md-list", list.isTight() ? "md-tight" : "md-loose");
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        String delimiter = list instanceof OrderedList ordered && ordered.getMarkerDelimiter() != null
                ? ordered.getMarkerDelimiter() : ".";
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof BulletList ? BULLETS[Math.min(depth, BULLETS.length - 1)]
                    : (number++) + delimiter;
            plain.append("  ".repeat(depth)).append(marker).append(' ');
            Label markerLabel = new Label(marker);
            markerLabel.getStyleClass().add("md-list-marker");
            if (list instanceof BulletList) {
                markerLabel.setAccessibleText("list item"); // what a screen reader says for the bullet's glyph
            }
            markerLabel.setMinWidth(Region.USE_PREF_SIZE);
            VBox content = new VBox();
            content.getStyleClass().add("md-list-content");
            content.getChildren().setAll(blocks(item, depth + 1));
            HBox.setHgrow(content, Priority.ALWAYS);
            content.setMinWidth(0);
            HBox row = new HBox(markerLabel, content);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        grid.setMaxWidth(Region.USE_PREF_SIZE);
        int row = 0;
        List<TableRow> rows = new ArrayList<>();
        collectRows(table, rows);
        for (TableRow tableRow : rows) {
            int column = 0;
            for (org.commonmark.node.Node cell = tableRow.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (!(cell instanceof TableCell tableCell)) {
                    continue;
                }
                if (column > 0) {
                    plain.append('\t');
                }
                TextFlow flow = flow(tableCell, "md-table-text");
                StackPane box = new StackPane(flow);
                box.getStyleClass().add(tableCell.isHeader() ? "md-table-header" : "md-table-cell");
                if (row % 2 == 0 && !tableCell.isHeader()) {
                    box.getStyleClass().add("md-table-even");
                }
                TableCell.Alignment alignment = tableCell.getAlignment();
                if (alignment == TableCell.Alignment.CENTER) {
                    flow.setTextAlignment(TextAlignment.CENTER);
                    StackPane.setAlignment(flow, Pos.CENTER);
                    GridPane.setHalignment(box, HPos.CENTER);
                } else if (alignment == TableCell.Alignment.RIGHT) {
                    flow.setTextAlignment(TextAlignment.RIGHT);
                    StackPane.setAlignment(flow, Pos.CENTER_RIGHT);
                } else {
                    StackPane.setAlignment(flow, Pos.CENTER_LEFT);
                }
                box.setMaxWidth(Double.MAX_VALUE);
                box.setMaxHeight(Double.MAX_VALUE);
                grid.add(box, column++, row);
            }
            plain.append('\n');
            row++;
        }
        return grid;
    }

    private static void collectRows(org.commonmark.node.Node parent, List<TableRow> rows) {
        for (org.commonmark.node.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableRow tableRow) {
                rows.add(tableRow);
            } else {
                collectRows(node, rows); // TableHead, TableBody
            }
        }
    }
}
