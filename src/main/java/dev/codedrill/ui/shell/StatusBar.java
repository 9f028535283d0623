package dev.codedrill.ui.shell;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.pool.PoolStats;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * The bottom bar: a coloured dot and the engine's state (with the wait-for-docker progress), the warm pool, the
 * queue, the learner's progress, and advice when the engine is unavailable. Every part is a short form that fits a
 * 1280-pixel window even in presentation mode; its tooltip has the long one (the engine's version and address, the
 * pool per language).
 */
final class StatusBar {

    private static final Pattern ATTEMPT = Pattern.compile("attempt (\\d+/\\d+)");
    private static final Pattern LANGUAGES = Pattern.compile("(\\d+)/(\\d+) languages");

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
        engine.textProperty().bind(Bindings.createStringBinding(
                () -> shortEngine(model.stateProperty().get(), model.messageProperty().get()),
                model.stateProperty(), model.messageProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> model.messageProperty().get()
                + (model.adviceProperty().get().isEmpty() ? "" : "\n" + model.adviceProperty().get()),
                model.messageProperty(), model.adviceProperty()));
        engine.setTooltip(tip);
        Label advice = new Label();
        advice.setId("engine-advice");
        advice.textProperty().bind(model.adviceProperty());
        advice.getStyleClass().add("text-muted");
        advice.setMinWidth(0);
        Tooltip adviceTip = new Tooltip();
        adviceTip.textProperty().bind(model.adviceProperty());
        advice.setTooltip(adviceTip);
        Label pool = new Label();
        pool.setId("pool-status");
        pool.getStyleClass().add("text-muted");
        Label queue = new Label();
        queue.setId("queue-status");
        queue.getStyleClass().add("text-muted");
        queue.setTooltip(new Tooltip("Runs waiting for a sandbox · runs being judged now"));
        progress.setId("progress-status");
        progress.getStyleClass().add("text-muted");
        for (Label part : new Label[] {engine, pool, queue, progress}) {
            part.setMinWidth(Region.USE_PREF_SIZE); // the advice gives way (its tooltip has it all), never these
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, dot, engine, advice, spacer, pool, queue, progress);
        bar.setId("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");

        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            var stats = practice.poolStats();
            pool.setText(shortPool(stats));
            pool.setTooltip(stats.isEmpty() ? null : new Tooltip("Warm sandboxes per language:\n" + stats.stream()
                    .map(s -> s.language() + ": " + s.describe()).collect(Collectors.joining("\n"))));
            queue.setText(practice.ready() ? practice.waiting() + " queued · " + practice.running() + " running" : "");
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        return bar;
    }

    /** The engine's state in two or three words; the message itself is the tooltip. */
    static String shortEngine(EngineState state, String message) {
        String said = message == null ? "" : message;
        return switch (state) {
            case READY -> {
                Matcher languages = LANGUAGES.matcher(said);
                String some = languages.find() && !languages.group(1).equals(languages.group(2))
                        ? " · " + languages.group(1) + "/" + languages.group(2) + " languages" : "";
                yield (said.contains("back —") ? "Docker back, ready" : "Docker ready") + some;
            }
            case CONNECTING -> {
                Matcher attempt = ATTEMPT.matcher(said);
                yield said.contains("restarting") ? "Docker restarting…"
                        : attempt.find() ? "Docker starting… (" + attempt.group(1) + ")" : "Docker starting…";
            }
            case UNAVAILABLE -> "Docker not available";
        };
    }

    /** "Pool 12 idle · 2 busy": the warm sandboxes of all languages together. */
    static String shortPool(List<PoolStats> stats) {
        if (stats.isEmpty()) {
            return "";
        }
        int idle = stats.stream().mapToInt(PoolStats::idle).sum();
        int busy = stats.stream().mapToInt(PoolStats::busy).sum();
        return "Pool " + idle + " idle" + (busy > 0 ? " · " + busy + " busy" : "");
    }
}
