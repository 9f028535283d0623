package dev.codedrill.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codedrill.problem.Problem;
import java.util.Objects;

/**
 * What the learner asked to judge.
 *
 * @param customInput for {@link RunMode#CUSTOM}: the arguments object (function problems) or the stdin text
 */
public record Submission(Problem problem, String languageId, String source, RunMode mode, JsonNode customInput) {

    public Submission {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(languageId, "languageId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mode, "mode");
        if (mode == RunMode.CUSTOM && customInput == null) {
            throw new IllegalArgumentException("a custom run needs an input");
        }
    }

    public static Submission of(Problem problem, String languageId, String source, RunMode mode) {
        return new Submission(problem, languageId, source, mode, null);
    }
}
