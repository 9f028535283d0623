package dev.codedrill.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A problem as loaded from its folder.
 *
 * @param signature null for stdio problems
 */
public record Problem(String id, String title, Difficulty difficulty, List<String> tags, ProblemKind kind,
                      Signature signature, ComparatorSpec comparator, int timeLimitMs, int memoryLimitMb,
                      String statement, List<TestCase> tests, Path dir) {

    public Problem {
        Objects.requireNonNull(id, "id");
        tags = List.copyOf(tags);
        tests = List.copyOf(tests);
        if ((kind == ProblemKind.FUNCTION) != (signature != null)) {
            throw new IllegalArgumentException("function problems, and only they, have a signature");
        }
    }

    public List<TestCase> samples() {
        return tests.stream().filter(TestCase::sample).toList();
    }

    public List<TestCase> hidden() {
        return tests.stream().filter(t -> !t.sample()).toList();
    }
}
