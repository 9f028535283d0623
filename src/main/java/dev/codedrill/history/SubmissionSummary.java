package dev.codedrill.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of a history list.
 *
 * @param passed    null until judged
 * @param total     null until judged
 * @param timeMs    null until judged
 * @param judgedAt  null while pending
 */
public record SubmissionSummary(long id, String problemId, String languageId, SubmissionKind kind,
                                SubmissionVerdict verdict, Integer passed, Integer total, Long timeMs,
                                Instant queuedAt, Instant judgedAt) {

    public SubmissionSummary {
        Texts.requireId(problemId, "problemId");
        Texts.requireId(languageId, "languageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }
}
