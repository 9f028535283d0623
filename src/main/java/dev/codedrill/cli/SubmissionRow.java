package dev.codedrill.cli;

import dev.codedrill.history.SubmissionSummary;
import java.time.Instant;

/** A submission as {@code history --json} prints it: flat, with ISO-8601 UTC times. */
record SubmissionRow(long id, String problemId, String language, String kind, String verdict, Integer passed,
                     Integer total, Long timeMs, String createdAt, String judgedAt) {

    static SubmissionRow of(SubmissionSummary s) {
        return new SubmissionRow(s.id(), s.problemId(), s.languageId(), s.kind().name(), s.verdict().name(),
                s.passed(), s.total(), s.timeMs(), iso(s.queuedAt()), iso(s.judgedAt()));
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
