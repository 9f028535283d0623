package dev.codedrill.lang;

import java.util.List;
import java.util.Objects;

/**
 * A language as the warm pool and the bench see it: the image it runs in (configured), and from its
 * {@link dev.codedrill.lang.support.LanguageSupport} how a one-file program is built and run there (the bench's),
 * the init tasks of a new container and the toolchain's version command.
 *
 * @param compile the compile command, empty for interpreted languages
 * @param poolSize warm containers kept for it
 * @param init     shell lines run once in each new pooled container, as the sandbox user (e.g. priming a build
 *                 cache); empty by default
 * @param teardown shell lines run at each reset, after the run's processes are killed and before the wipe; a
 *                 failing line fails the reset, so the container is destroyed rather than reused
 * @param version  the command that shows the image has a working toolchain (it prints the version); the app checks
 *                 it once per start and refuses the language where it fails; empty: not checked
 */
public record Language(String id, String name, String image, String sourceFile, List<String> compile,
                       List<String> run, int poolSize, List<String> init, List<String> teardown,
                       List<String> version) {

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
        init = List.copyOf(init == null ? List.of() : init);
        teardown = List.copyOf(teardown == null ? List.of() : teardown);
        version = List.copyOf(version == null ? List.of() : version);
    }

    /** A language without init or teardown tasks. */
    public Language(String id, String name, String image, String sourceFile, List<String> compile, List<String> run,
                    int poolSize) {
        this(id, name, image, sourceFile, compile, run, poolSize, List.of(), List.of(), List.of());
    }

    public boolean compiled() {
        return !compile.isEmpty();
    }

    public Language withImage(String newImage) {
        return new Language(id, name, newImage, sourceFile, compile, run, poolSize, init, teardown, version);
    }

    public Language withPoolSize(int newPoolSize) {
        return new Language(id, name, image, sourceFile, compile, run, newPoolSize, init, teardown, version);
    }

    public Language withInit(List<String> newInit) {
        return new Language(id, name, image, sourceFile, compile, run, poolSize, newInit, teardown, version);
    }

    public Language withTeardown(List<String> newTeardown) {
        return new Language(id, name, image, sourceFile, compile, run, poolSize, init, newTeardown, version);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
