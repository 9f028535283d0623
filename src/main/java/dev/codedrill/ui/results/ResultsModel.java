package dev.codedrill.ui.results;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeStage;
import dev.codedrill.judge.RunMode;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the results panel shows: the run's phase as it moves, then its result. FX thread only. */
public final class ResultsModel {

    public enum Phase { IDLE, QUEUED, COMPILING, RUNNING, JUDGED, CANCELLED, FAILED }

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyObjectWrapper<JudgeResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunMode> mode = new ReadOnlyObjectWrapper<>(RunMode.RUN);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Run your code on the samples "
            + "(Ctrl+Enter) or submit it against every test (Ctrl+Shift+Enter).");

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

    public void judged(JudgeResult judged) {
        result.set(judged);
        phase.set(Phase.JUDGED);
    }

    /** A past submission from the history, shown as it was judged. */
    public void showPast(RunMode pastMode, JudgeResult past, String what) {
        mode.set(pastMode);
        result.set(past);
        message.set(what);
        phase.set(Phase.JUDGED);
    }

    public void cancelled() {
        phase.set(Phase.CANCELLED);
        message.set("Cancelled.");
    }

    public void failed(String why) {
        result.set(null);
        phase.set(Phase.FAILED);
        message.set(why);
    }
}
