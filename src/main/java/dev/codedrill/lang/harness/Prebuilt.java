package dev.codedrill.lang.harness;

import java.util.List;
import java.util.Map;

/**
 * The part of a program that does not depend on the learner's code (a C++ harness's readers and writers, which take
 * most of its compile): compiled once per problem, before the learner's part, and kept in the judge's compile cache
 * by its own sources, so that a new submission compiles only the learner's part and links.
 *
 * @param sources   its files (they are among the plan's files too, so that the compile finds them)
 * @param compile   the command that compiles it
 * @param artifacts what that compile makes (an object file), shipped into the work dir before the learner's part is
 *                  compiled when the cache has them
 */
public record Prebuilt(Map<String, byte[]> sources, List<String> compile, List<String> artifacts) {

    public Prebuilt {
        sources = Map.copyOf(sources);
        compile = List.copyOf(compile);
        artifacts = List.copyOf(artifacts);
        if (compile.isEmpty() || artifacts.isEmpty()) {
            throw new IllegalArgumentException("a prebuilt part needs a compile command and what it makes");
        }
    }
}
