package dev.codedrill.ui.shell;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The main window: menu, content and the status bar. */
public final class MainWindow {

    public static final String TITLE = "CodeDrill";

    private final EngineStatusModel engineStatus;

    public MainWindow(EngineStatusModel engineStatus) {
        this.engineStatus = engineStatus;
    }

    public void show(Stage stage) {
        BorderPane root = new BorderPane();
        root.setTop(menuBar());
        root.setCenter(welcome());
        root.setBottom(StatusBar.build(engineStatus));
        stage.setTitle(TITLE);
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
    }

    private MenuBar menuBar() {
        MenuItem retry = new MenuItem("Reconnect to Docker");
        retry.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        retry.setOnAction(e -> engineStatus.connect());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        return new MenuBar(new Menu("_File", null, retry, quit));
    }

    private static VBox welcome() {
        Label title = new Label("CodeDrill");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label subtitle = new Label("Practise programming problems offline. Your code runs in a private sandbox.");
        subtitle.setStyle("-fx-text-fill: -color-fg-muted;");
        VBox box = new VBox(8, title, subtitle);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
