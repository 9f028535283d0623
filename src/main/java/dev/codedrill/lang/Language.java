package dev.codedrill.lang;

import java.util.List;
import java.util.Objects;

/**
 * A language solutions can be written in: the image it runs in and how a source file is built and run there.
 *
 * @param compile the compile command, empty for interpreted languages
 * @param poolSize warm containers kept for it
 */
public record Language(String id, String name, String image, String sourceFile, List<String> compile,
                       List<String> run, int poolSize) {

    public Language {
        requireText(id, "id");
        requireText(name, "name");
        requireText(image, "image");
        requireText(sourceFile, "sourceFile");
        compile = List.copyOf(compile == null ? List.of() : compile);
        run = List.copyOf(Objects.requireNonNull(run, "run"));
        if (run.isEmpty()) {
            throw new IllegalArgumentException("language '" + id + "' has an empty run command");
        }
        if (poolSize < 0) {
            throw new IllegalArgumentException("language '" + id + "' has a negative poolSize");
        }
    }

    public boolean compiled() {
        return !compile.isEmpty();
    }

    public Language withImage(String newImage) {
        return new Language(id, name, newImage, sourceFile, compile, run, poolSize);
    }

    public Language withPoolSize(int newPoolSize) {
        return new Language(id, name, image, sourceFile, compile, run, newPoolSize);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
