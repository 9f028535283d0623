package dev.codedrill.problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A program kept with a problem to prove what its tests do: {@code submissions/<folder>/<name>.<ext>}, which
 * {@code codedrill check} judges on every test and expects to get the folder's verdict
 * (docs/architecture.md#kept-submissions).
 *
 * @param languageId the language its extension names ({@code py} → {@code python})
 */
public record KeptSubmission(KeptVerdict expected, String languageId, Path file) {

    public KeptSubmission {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(languageId, "languageId");
        Objects.requireNonNull(file, "file");
    }

    /** Where it is, from the problem's folder: {@code submissions/wrong_answer/off_by_one.py}. */
    public String shortName() {
        Path folder = file.getParent();
        return "submissions/" + (folder == null ? "" : folder.getFileName() + "/") + file.getFileName();
    }
}
