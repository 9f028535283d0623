package dev.codedrill.ui.shell;

import dev.codedrill.concurrent.DaemonThreads;
import dev.codedrill.app.PlainWords;
import dev.codedrill.docker.EngineUnavailableException;
import dev.codedrill.failure.RawText;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The engine's state for the status bar: the start-up steps as they happen ("Waiting for Docker to start…
 * (attempt 3/10)"), then ready or unavailable with what to do; later the private daemon's health.
 * The engine is brought up off the FX thread.
 */
public final class EngineStatusModel {

    private final EngineConnector connector;
    private final ReadOnlyObjectWrapper<EngineState> state = new ReadOnlyObjectWrapper<>(EngineState.CONNECTING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Docker: connecting…");
    private final ReadOnlyStringWrapper advice = new ReadOnlyStringWrapper("");

    public EngineStatusModel(EngineConnector connector) {
        this.connector = connector;
    }

    public ReadOnlyObjectProperty<EngineState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What to do when something is missing; empty otherwise. */
    public ReadOnlyStringProperty adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    /** Brings the engine up in the background; call on the FX thread. */
    public void connect() {
        state.set(EngineState.CONNECTING);
        message.set("Docker: connecting…");
        advice.set("");
        Task<EngineReady> task = new Task<>() {
            @Override
            protected EngineReady call() throws Exception {
                return connector.connect(this::updateMessage);
            }

            @Override
            protected void succeeded() {
                state.set(EngineState.READY);
                message.set("Docker: " + getValue().summary());
                advice.set(getValue().advice());
            }

            @Override
            protected void failed() {
                Throwable e = getException();
                state.set(EngineState.UNAVAILABLE);
                String explained = PlainWords.report(e, "starting the Docker engine");
                if (e instanceof EngineUnavailableException u && RawText.isPlain(u.getMessage())) {
                    message.set("Docker not available: " + u.getMessage().replace(". " + u.nextStep(), ""));
                    advice.set(u.nextStep() + ". Browsing and editing still work.");
                } else {
                    message.set("Docker not available: " + firstLine(explained));
                    advice.set("Run 'codedrill doctor' for details. Browsing and editing still work.");
                }
            }
        };
        task.messageProperty().addListener((obs, old, now) -> {
            if (state.get() == EngineState.CONNECTING && now != null && !now.isEmpty()) {
                message.set("Docker: " + now);
            }
        });
        DaemonThreads.start("engine-startup", task);
    }

    /** The private daemon died; it is being restarted. Any thread. */
    public void daemonDown(String reason) {
        Platform.runLater(() -> {
            state.set(EngineState.CONNECTING);
            String said = RawText.plainPart(reason);
            message.set("Docker: " + (said.isEmpty() ? "the private daemon stopped" : said) + " — restarting it…");
        });
    }

    /** The private daemon is back. Any thread. */
    public void daemonBack(String summary) {
        Platform.runLater(() -> {
            state.set(EngineState.READY);
            message.set("Docker: back — " + summary);
        });
    }

    /** The private daemon could not be restarted. Any thread. */
    public void recoveryFailed(String reason) {
        Platform.runLater(() -> {
            state.set(EngineState.UNAVAILABLE);
            String said = RawText.plainPart(reason);
            message.set("Docker not available: " + (said.isEmpty() ? "the private daemon could not be restarted"
                    : said));
            advice.set("Run 'codedrill doctor' for details. Browsing and editing still work.");
        });
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse(text);
    }
}
