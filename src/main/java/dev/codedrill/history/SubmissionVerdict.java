package dev.codedrill.history;

/**
 * A submission's state as history stores it (by name, so renaming a constant breaks old rows): the judge's
 * verdicts (docs/architecture.md#verdicts) plus the states a submission passes through or is left in.
 */
public enum SubmissionVerdict {
    QUEUED,
    RUNNING,
    ACCEPTED,
    WRONG_ANSWER,
    TIME_LIMIT_EXCEEDED,
    MEMORY_LIMIT_EXCEEDED,
    RUNTIME_ERROR,
    COMPILATION_ERROR,
    OUTPUT_LIMIT_EXCEEDED,
    INTERNAL_ERROR,
    /** Still pending when the app stopped (closed or crashed); found so on the next open. */
    INTERRUPTED,
    CANCELLED;

    /** Waiting for or being judged; such a row is updated later. */
    public boolean pending() {
        return this == QUEUED || this == RUNNING;
    }

    /** The judge looked at the code and said something about it. */
    public boolean judged() {
        return !pending() && this != INTERRUPTED && this != CANCELLED;
    }
}
