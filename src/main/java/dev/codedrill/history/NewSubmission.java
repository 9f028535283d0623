package dev.codedrill.history;

import java.util.Objects;

/** What is known of a submission when it is queued; the store stamps the time. */
public record NewSubmission(String problemId, String languageId, SubmissionKind kind, String code) {

    public NewSubmission {
        Texts.requireId(problemId, "problemId");
        Texts.requireId(languageId, "languageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
    }
}
