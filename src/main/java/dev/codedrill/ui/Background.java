package dev.codedrill.ui;

import dev.codedrill.concurrent.DaemonThreads;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The thread where the window does the work that would hold up the FX thread: reading the history, and what grows
 * with a value's size (reading a past submission's results, cutting values, comparing expected and actual). One
 * thread: the work is done in the order it was asked for, and the FX thread gets each answer in that order.
 */
public final class Background {

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(DaemonThreads.named("ui-background"));

    private Background() {
    }

    /** Does {@code work} on the background thread, then {@code done} with its answer (or {@code failed}) on FX's. */
    public static <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        THREAD.execute(() -> {
            T answer;
            try {
                answer = work.call();
            } catch (Exception e) {
                Platform.runLater(() -> failed.accept(e));
                return;
            }
            Platform.runLater(() -> done.accept(answer));
        });
    }
}
