package dev.codedrill.problem;

import java.nio.file.Path;

/** Thrown while reading one problem; becomes a {@link BrokenProblem}. */
final class ProblemFault extends Exception {
    final Path file;
    final String jsonPath;

    ProblemFault(Path file, String jsonPath, String message) {
        super(message);
        this.file = file;
        this.jsonPath = jsonPath;
    }
}
