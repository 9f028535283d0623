package dev.codedrill.ui.shell;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.pool.PoolStats;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * The bottom bar: a coloured dot and the engine's state (with the wait-for-docker progress), the warm pool per
 * language (idle / busy), the queue, the learner's progress, and advice when the engine is unavailable.
 */
final class StatusBar {

    private StatusBar() {
    }

    static HBox build(EngineStatusModel model, PracticeSession practice, Label progress) {
        Circle dot = new Circle(5);
        dot.fillProperty().bind(Bindings.createObjectBinding(() -> switch (model.stateProperty().get()) {
            case READY -> javafx.scene.paint.Color.web("#2da44e");
            case CONNECTING -> javafx.scene.paint.Color.web("#bf8700");
            case UNAVAILABLE -> javafx.scene.paint.Color.web("#cf222e");
        }, model.stateProperty()));
        Label engine = new Label();
        engine.setId("engine-status");
        engine.textProperty().bind(model.messageProperty());
        engine.setMinWidth(80);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.messageProperty());
        engine.setTooltip(tip);
        Label advice = new Label();
        advice.setId("engine-advice");
        advice.textProperty().bind(model.adviceProperty());
        advice.getStyleClass().add("text-muted");
        advice.setMinWidth(0);
        Label pool = new Label();
        pool.setId("pool-status");
        pool.getStyleClass().add("text-muted");
        Label queue = new Label();
        queue.setId("queue-status");
        queue.getStyleClass().add("text-muted");
        progress.setId("progress-status");
        progress.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, dot, engine, advice, spacer, pool, queue, progress);
        bar.setId("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");

        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            var stats = practice.poolStats();
            pool.setText(stats.isEmpty() ? "" : "Pool: " + stats.stream().map(StatusBar::describe)
                    .collect(Collectors.joining(" · ")));
            pool.setTooltip(stats.isEmpty() ? null : new Tooltip(stats.stream().map(PoolStats::describe)
                    .collect(Collectors.joining("\n"))));
            queue.setText(practice.ready() ? "Queue: " + practice.waiting() + " waiting · " + practice.running()
                    + " running" : "");
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        return bar;
    }

    private static String describe(PoolStats s) {
        return s.language() + " " + s.idle() + " idle" + (s.busy() > 0 ? "/" + s.busy() + " busy" : "");
    }
}
