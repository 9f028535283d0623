package dev.codedrill.judge;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where one judge call's time went, step by step, for {@code codedrill bench}'s breakdown: the wall time of each step
 * as the judge saw it, and the time the sandbox's own script measured for the compiler and the program inside their
 * execs. A call that compiles twice or runs twice (a run cut off and resumed) adds up.
 */
public final class StepTimes {

    /** The steps, in the order a submission meets them. */
    public enum Step {
        /** The tests picked and the harness written, before a sandbox is asked for. */
        PREPARE,
        /** Waiting for a sandbox from the pool (or creating one, cold). */
        BORROW,
        /** The compile exec, wall time: the files in, the compiler, the artifacts back. */
        COMPILE_EXEC,
        /** The compiler alone, as the script timed it in the sandbox. */
        COMPILER,
        /** The run exec, wall time: the files in, the program, the report back. */
        RUN_EXEC,
        /** The program alone (the runtime's start and every test), as the script timed it. */
        PROGRAM,
        /** The tests alone, as the harness timed each. */
        TESTS,
        /** Judging the results and giving the sandbox back. */
        FINISH
    }

    private final Map<Step, Long> micros = new EnumMap<>(Step.class);

    /** A recorder whose figures nobody reads: what a judge call without a benchmark gets. */
    static StepTimes ignored() {
        return new StepTimes();
    }

    public synchronized void add(Step step, long nanos) {
        micros.merge(step, Math.max(0, nanos) / 1000, Long::sum);
    }

    void addCentiseconds(Step step, long cs) {
        if (cs >= 0) {
            add(step, cs * 10_000_000L);
        }
    }

    /** The step's time in milliseconds; 0 when the call did not take it. */
    public synchronized double millis(Step step) {
        return micros.getOrDefault(step, 0L) / 1000.0;
    }

    public synchronized boolean took(Step step) {
        return micros.containsKey(step);
    }
}
