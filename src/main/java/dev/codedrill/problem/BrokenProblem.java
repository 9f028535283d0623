package dev.codedrill.problem;

import java.nio.file.Path;

/** A problem folder that could not be loaded: the file, the JSON path of the fault, and what is wrong. */
public record BrokenProblem(Path dir, Path file, String jsonPath, String message) {

    public String describe() {
        return file + (jsonPath.isEmpty() ? "" : " at " + jsonPath) + ": " + message;
    }
}
