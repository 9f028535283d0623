package dev.codedrill.pool;

import dev.codedrill.docker.ExecResult;

/**
 * How the run that used a container ended, as its borrower saw it. A suspect run's container is destroyed, never
 * reset: whatever it did may have outlived the reset's reach.
 */
public enum ReturnCondition {
    CLEAN,
    TIMED_OUT,
    OUT_OF_MEMORY,
    CRASHED,
    OUTPUT_FLOODED;

    public boolean suspect() {
        return this != CLEAN;
    }

    /**
     * What an exec's result says about the run: a deadline hit, an output flood, a kill by signal 9 (an OOM kill when
     * runs time out with TERM first, docs/architecture.md#a-step-in-a-sandbox) or no exit code at all (the stream was
     * abandoned). A program that merely exits non-zero is clean.
     */
    public static ReturnCondition of(ExecResult result) {
        if (result.timedOut()) {
            return TIMED_OUT;
        }
        if (result.outputCapped()) {
            return OUTPUT_FLOODED;
        }
        if (result.exitCode() == null) {
            return CRASHED;
        }
        if (result.exitCode() == 137) {
            return OUT_OF_MEMORY;
        }
        return CLEAN;
    }

    /** The worse of two conditions: a suspect one wins over clean, the first suspect one over later ones. */
    ReturnCondition worst(ReturnCondition other) {
        return this.suspect() ? this : other;
    }
}
