package dev.codedrill.ui.results;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeStage;
import dev.codedrill.judge.RunMode;
import dev.codedrill.ui.Background;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the results panel shows: the run's phase as it moves, then its result. A result is shown with its values
 * cut to {@link ValueCap}, done on the {@link Background} (phase {@link Phase#PREPARING} meanwhile), so a
 * value of any size never holds up the FX thread. FX thread only.
 */
public final class ResultsModel {

    private static final Logger LOG = LoggerFactory.getLogger(ResultsModel.class);

    /** PREPARING: the result is in, being made ready to show (read from the history, its values cut). */
    public enum Phase { IDLE, QUEUED, COMPILING, RUNNING, PREPARING, JUDGED, CANCELLED, FAILED }

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyObjectWrapper<JudgeResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunMode> mode = new ReadOnlyObjectWrapper<>(RunMode.RUN);
    private static final String FIRST_MESSAGE = "Run your code on the samples (Ctrl+Enter) or submit it against "
            + "every test (Ctrl+Shift+Enter).";
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(FIRST_MESSAGE);

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JudgeResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private boolean stdio;
    /** Counts what was asked to be shown: a result being prepared is shown only if nothing came after it. */
    private long asked;

    /** Whether the run is of a stdio problem (the learner's file is then named differently). */
    public boolean stdio() {
        return stdio;
    }

    public void setStdio(boolean isStdio) {
        stdio = isStdio;
    }

    public boolean busy() {
        Phase p = phase.get();
        return p == Phase.QUEUED || p == Phase.COMPILING || p == Phase.RUNNING;
    }

    public void started(RunMode runMode, int tests) {
        asked++;
        mode.set(runMode);
        phase.set(Phase.QUEUED);
        result.set(null);
        message.set(switch (runMode) {
            case RUN -> "Running the " + tests + " sample test" + (tests == 1 ? "" : "s");
            case SUBMIT -> "Judging all " + tests + " tests";
            case CUSTOM -> "Running on your input";
        });
    }

    public void stage(JudgeStage stage) {
        switch (stage) {
            case QUEUED -> phase.set(Phase.QUEUED);
            case COMPILING -> phase.set(Phase.COMPILING);
            case RUNNING -> phase.set(Phase.RUNNING);
            case CANCELLED -> cancelled();
            case JUDGED -> { } // the result arrives with judged()
        }
    }

    /** The run's result: shown once its values are cut (off the FX thread). */
    public void judged(JudgeResult judged) {
        prepare(() -> judged);
    }

    /**
     * A past submission from the history, shown as it was judged once {@code read} (on the background thread: it
     * reads the history, and values that may be large) has made it.
     */
    public void showPast(RunMode pastMode, Callable<JudgeResult> read, String what) {
        mode.set(pastMode);
        message.set(what);
        prepare(read);
    }

    /** Nothing shown, as before the first run (another problem was opened); a result still being prepared is dropped. */
    public void clear() {
        asked++;
        result.set(null);
        phase.set(Phase.IDLE);
        message.set(FIRST_MESSAGE);
    }

    public void cancelled() {
        asked++;
        phase.set(Phase.CANCELLED);
        message.set("Cancelled.");
    }

    public void failed(String why) {
        asked++;
        result.set(null);
        phase.set(Phase.FAILED);
        message.set(why);
    }

    private void prepare(Callable<JudgeResult> read) {
        long mine = ++asked;
        result.set(null);
        phase.set(Phase.PREPARING);
        Background.run(() -> ValueCap.cut(read.call()), ready -> {
            if (mine == asked) {
                result.set(ready);
                phase.set(Phase.JUDGED);
            }
        }, error -> {
            LOG.warn("could not prepare a result to show", error);
            if (mine == asked) {
                failed("These results could not be shown (the log has the details). Run the code again to see "
                        + "fresh results.");
            }
        });
    }
}
