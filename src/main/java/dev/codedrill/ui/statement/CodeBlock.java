package dev.codedrill.ui.statement;

import dev.codedrill.ui.editor.MonospaceFont;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A code block of a statement: read-only, selectable text exactly as tall as its lines, scrolling sideways
 * for long lines, with a Copy button (shown on hover) for the whole block, e.g. an example's input.
 */
final class CodeBlock extends StackPane {

    private final String code;
    private final Area area;

    CodeBlock(String code, String info) {
        this.code = code;
        getStyleClass().add("md-code-block");
        area = new Area(code);
        if (!info.isEmpty()) {
            area.getStyleClass().add("md-lang-" + info.split("\\s+")[0]);
        }

        Button copy = new Button("Copy");
        copy.getStyleClass().add("md-copy-button");
        copy.setTooltip(new Tooltip("Copy the block to the clipboard"));
        copy.setAccessibleText("Copy the block to the clipboard");
        // Tab reaches it: the keyboard's way to take an example (the block's text itself is not a stop on Tab)
        copy.setOnAction(e -> {
            copyToClipboard();
            copy.setText("Copied");
            PauseTransition back = new PauseTransition(Duration.seconds(1.5));
            back.setOnFinished(done -> copy.setText("Copy"));
            back.play();
        });
        copy.visibleProperty().bind(hoverProperty());
        StackPane.setAlignment(copy, Pos.TOP_RIGHT);
        StackPane.setMargin(copy, new Insets(4, 6, 0, 0));
        getChildren().addAll(area, copy);
    }

    String code() {
        return code;
    }

    TextArea textArea() {
        return area;
    }

    void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putString(code);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * A TextArea whose preferred height is its rows plus, when a line is too long for the width, the height
     * of the horizontal scroll bar; it never scrolls vertically, the statement around it does.
     */
    private static final class Area extends TextArea {
        private ScrollBar horizontal;

        Area(String code) {
            super(code);
            getStyleClass().add("md-code-text");
            setEditable(false);
            setWrapText(false);
            setFocusTraversable(false);
            setStyle(MonospaceFont.style());
            setPrefRowCount(Math.max(1, (int) code.chars().filter(c -> c == '\n').count() + 1));
            setPrefColumnCount(10);
            skinProperty().addListener((obs, old, skin) -> {
                if (skin != null) {
                    findScrollBars();
                }
            });
        }

        private void findScrollBars() {
            Node pane = lookup(".scroll-pane");
            if (pane instanceof ScrollPane scrollPane) {
                scrollPane.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
                scrollPane.setFitToHeight(true);
            }
            for (Node node : lookupAll(".scroll-bar")) {
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                    horizontal = bar;
                    bar.visibleProperty().addListener((obs, was, is) -> requestLayoutUp());
                }
            }
        }

        private void requestLayoutUp() {
            requestLayout();
            if (getParent() != null) {
                getParent().requestLayout();
            }
        }

        @Override
        protected void layoutChildren() {
            if (horizontal == null) {
                findScrollBars();
            }
            super.layoutChildren();
        }

        private double scrollBarHeight() {
            return horizontal != null && horizontal.isVisible() ? horizontal.prefHeight(-1) : 0;
        }

        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width) + scrollBarHeight();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computeMaxHeight(double width) {
            return computePrefHeight(width);
        }
    }
}
