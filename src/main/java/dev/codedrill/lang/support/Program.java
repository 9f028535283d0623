package dev.codedrill.lang.support;

import java.util.List;

/**
 * A whole program in one file and the commands that build and run it in the work dir.
 *
 * @param compile empty for an interpreted language
 */
public record Program(String sourceFile, String source, List<String> compile, List<String> run) {

    public Program {
        compile = List.copyOf(compile);
        run = List.copyOf(run);
        if (run.isEmpty()) {
            throw new IllegalArgumentException("a program needs a run command");
        }
    }
}
