package dev.codedrill.ui.shell;

import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.EngineUnavailableException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/** The engine's state for the status bar; the engine is asked off the FX thread. */
public final class EngineStatusModel {

    private final Supplier<EngineInfo> ping;
    private final ReadOnlyObjectWrapper<EngineState> state = new ReadOnlyObjectWrapper<>(EngineState.CONNECTING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Docker: connecting…");
    private final ReadOnlyStringWrapper advice = new ReadOnlyStringWrapper("");

    public EngineStatusModel(Supplier<EngineInfo> ping) {
        this.ping = ping;
    }

    public ReadOnlyObjectProperty<EngineState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What to do when the engine is unavailable; empty otherwise. */
    public ReadOnlyStringProperty adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    /** Asks the engine in the background; call on the FX thread. */
    public void connect() {
        state.set(EngineState.CONNECTING);
        message.set("Docker: connecting…");
        advice.set("");
        Task<EngineInfo> task = new Task<>() {
            @Override
            protected EngineInfo call() {
                return ping.get();
            }

            @Override
            protected void succeeded() {
                state.set(EngineState.READY);
                message.set("Docker: " + getValue().describe());
            }

            @Override
            protected void failed() {
                Throwable e = getException();
                state.set(EngineState.UNAVAILABLE);
                if (e instanceof EngineUnavailableException u) {
                    message.set("Docker not available: " + u.getMessage().replace(". " + u.nextStep(), ""));
                    advice.set(u.nextStep() + ". Browsing and editing still work.");
                } else {
                    message.set("Docker not available: " + e.getMessage());
                    advice.set("Browsing and editing still work.");
                }
            }
        };
        Thread worker = new Thread(task, "engine-status");
        worker.setDaemon(true);
        worker.start();
    }
}
