package dev.codedrill.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/** The bottom bar: a coloured dot and the engine's state, with advice when it is unavailable. */
final class StatusBar {

    private StatusBar() {
    }

    static HBox build(EngineStatusModel model) {
        Circle dot = new Circle(5);
        dot.fillProperty().bind(Bindings.createObjectBinding(() -> switch (model.stateProperty().get()) {
            case READY -> javafx.scene.paint.Color.web("#2da44e");
            case CONNECTING -> javafx.scene.paint.Color.web("#bf8700");
            case UNAVAILABLE -> javafx.scene.paint.Color.web("#cf222e");
        }, model.stateProperty()));
        Label engine = new Label();
        engine.setId("engine-status");
        engine.textProperty().bind(model.messageProperty());
        Label advice = new Label();
        advice.setId("engine-advice");
        advice.textProperty().bind(model.adviceProperty());
        advice.setStyle("-fx-text-fill: -color-fg-muted;");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.messageProperty());
        engine.setTooltip(tip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, dot, engine, spacer, advice);
        bar.setId("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.setStyle("-fx-border-color: -color-border-default transparent transparent transparent; "
                + "-fx-alignment: center-left;");
        return bar;
    }
}
