package dev.codedrill.testing;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.history.HistoryStore;
import java.nio.file.Path;
import org.testfx.api.FxToolkit;

/**
 * The app's parts a window test opens for real (an H2 history in a data dir, a practice session on it) and closes
 * after the test: the window first, then the session (its last history writes), then the history.
 */
public final class PracticeParts implements AutoCloseable {

    private HistoryStore history;
    private PracticeSession practice;

    /** Opens the history in {@code dataDir}. */
    public HistoryStore history(Path dataDir) {
        history = HistoryStore.open(dataDir);
        return history;
    }

    /** A practice session of one worker on the history opened (or none). */
    public PracticeSession practice(String sessionId) {
        practice = new PracticeSession(history, 1, sessionId);
        return practice;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        if (practice != null) {
            practice.close();
        }
        if (history != null) {
            history.close();
        }
    }
}
