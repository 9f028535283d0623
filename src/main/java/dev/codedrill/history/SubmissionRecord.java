package dev.codedrill.history;

import java.util.Objects;

/** One submission in full: its summary, the code as sent, and the judge's per-test details (JSON, or null). */
public record SubmissionRecord(SubmissionSummary summary, String code, String detailsJson) {

    public SubmissionRecord {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(code, "code");
    }

    public long id() {
        return summary.id();
    }
}
