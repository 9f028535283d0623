package dev.codedrill.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A problem as loaded from its folder.
 *
 * @param signature null for stdio problems
 * @param kept      the programs kept in its {@code submissions/} folder, with the verdict each must get
 */
public record Problem(String id, String title, Difficulty difficulty, List<String> tags, ProblemKind kind,
                      Signature signature, ComparatorSpec comparator, int timeLimitMs, int memoryLimitMb,
                      String statement, List<TestCase> tests, Path dir, List<KeptSubmission> kept) {

    public Problem {
        Objects.requireNonNull(id, "id");
        tags = List.copyOf(tags);
        tests = List.copyOf(tests);
        kept = List.copyOf(kept);
        if ((kind == ProblemKind.FUNCTION) != (signature != null)) {
            throw new IllegalArgumentException("function problems, and only they, have a signature");
        }
    }

    /** A problem with no kept submissions. */
    public Problem(String id, String title, Difficulty difficulty, List<String> tags, ProblemKind kind,
                   Signature signature, ComparatorSpec comparator, int timeLimitMs, int memoryLimitMb,
                   String statement, List<TestCase> tests, Path dir) {
        this(id, title, difficulty, tags, kind, signature, comparator, timeLimitMs, memoryLimitMb, statement, tests,
                dir, List.of());
    }

    public List<TestCase> samples() {
        return tests.stream().filter(TestCase::sample).toList();
    }

    public List<TestCase> hidden() {
        return tests.stream().filter(t -> !t.sample()).toList();
    }
}
