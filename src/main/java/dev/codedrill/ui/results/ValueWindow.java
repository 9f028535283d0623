package dev.codedrill.ui.results;

import dev.codedrill.ui.Background;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The whole of a value the results panel shows only the start of ({@link ValuePreview}): up to {@link ValueCap}'s
 * 64 KiB, one row per line in a list that draws only the rows in sight, so its size does not matter to the FX
 * thread. The rows are made on the {@link Background}; Copy puts the whole value on the clipboard.
 */
final class ValueWindow {

    /** A longer line is shown over several rows. */
    static final int ROW_CHARS = 200;

    private ValueWindow() {
    }

    static void show(Window owner, String title, String id, String value) {
        ListView<String> rows = new ListView<>();
        rows.setId(id + "-all");
        rows.getStyleClass().add("value-rows");
        rows.setPlaceholder(new Label("Reading…"));
        rows.setPrefSize(760, 480);
        Background.run(() -> rows(value), rows.getItems()::setAll, error -> rows.setPlaceholder(
                new Label("This value could not be shown.")));
        Button copy = new Button("Copy all");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value);
            Clipboard.getSystemClipboard().setContent(content);
        });
        VBox box = new VBox(8, rows, copy);
        box.setPadding(new Insets(8));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.show();
    }

    /** The value's lines, each longer one in pieces of {@link #ROW_CHARS}, and the line saying it was cut. */
    static List<String> rows(String value) {
        ValueCap.Split split = ValueCap.split(value);
        List<String> rows = new ArrayList<>();
        split.kept().lines().forEach(line -> {
            for (int at = 0; at < line.length() || at == 0; at += ROW_CHARS) {
                rows.add(line.substring(at, Math.min(line.length(), at + ROW_CHARS)));
            }
        });
        if (split.moreBytes() > 0) {
            rows.add("… " + split.moreBytes() + " more bytes");
        }
        return rows;
    }
}
