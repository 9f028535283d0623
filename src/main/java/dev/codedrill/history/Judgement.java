package dev.codedrill.history;

import java.util.Objects;

/**
 * How a submission ended.
 *
 * @param detailsJson the per-test results as JSON text, kept as given (null when there are none)
 */
public record Judgement(SubmissionVerdict verdict, int passed, int total, long timeMs, String detailsJson) {

    public Judgement {
        Objects.requireNonNull(verdict, "verdict");
        if (verdict.pending()) {
            throw new IllegalArgumentException("a judgement needs a final verdict, not " + verdict);
        }
        if (passed < 0 || total < passed) {
            throw new IllegalArgumentException("passed/total must satisfy 0 <= passed <= total, not "
                    + passed + "/" + total);
        }
        if (timeMs < 0) {
            throw new IllegalArgumentException("timeMs must not be negative, not " + timeMs);
        }
    }

    /** Ended without a judge's word: no tests counted, no details. */
    public static Judgement without(SubmissionVerdict verdict) {
        return new Judgement(verdict, 0, 0, 0, null);
    }
}
