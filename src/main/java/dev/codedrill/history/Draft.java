package dev.codedrill.history;

import java.time.Instant;
import java.util.Objects;

/** The code last left in the editor for one problem in one language. */
public record Draft(String problemId, String languageId, String code, Instant savedAt) {

    public Draft {
        Texts.requireId(problemId, "problemId");
        Texts.requireId(languageId, "languageId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
