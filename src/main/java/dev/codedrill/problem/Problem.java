package dev.codedrill.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A problem as loaded from its folder.
 *
 * @param signature null for stdio problems
 * @param kept      the programs kept in its {@code submissions/} folder, with the verdict each must get
 * @param languageTimeLimitsMs time limits of the languages that do not take {@code timeLimitMs}, by language id
 *                  (problem.json's {@code languageTimeLimitsMs}, as DMOJ's per-language limits)
 * @param design    a design problem's class, null for the other kinds
 * @param unavailableIn the languages the problem cannot be solved in here, each with the reason (problem.json's
 *                  {@code unavailableIn}: Rust's {@code Option<Box<ListNode>>} cannot hold a cycle)
 */
public record Problem(String id, String title, Difficulty difficulty, List<String> tags, ProblemKind kind,
                      Signature signature, ComparatorSpec comparator, int timeLimitMs, int memoryLimitMb,
                      String statement, TestSuite testSuite, Path dir, List<KeptSubmission> kept,
                      Map<String, Integer> languageTimeLimitsMs, DesignClass design,
                      Map<String, String> unavailableIn) {

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(testSuite, "testSuite");
        tags = List.copyOf(tags);
        kept = List.copyOf(kept);
        languageTimeLimitsMs = Map.copyOf(languageTimeLimitsMs);
        unavailableIn = Map.copyOf(unavailableIn);
        if ((kind == ProblemKind.FUNCTION) != (signature != null)) {
            throw new IllegalArgumentException("function problems, and only they, have a signature");
        }
        if ((kind == ProblemKind.DESIGN) != (design != null)) {
            throw new IllegalArgumentException("design problems, and only they, have a design class");
        }
    }

    /** A problem whose tests are all read already. */
    public Problem(String id, String title, Difficulty difficulty, List<String> tags, ProblemKind kind,
                   Signature signature, ComparatorSpec comparator, int timeLimitMs, int memoryLimitMb,
                   String statement, List<TestCase> tests, Path dir, List<KeptSubmission> kept,
                   Map<String, Integer> languageTimeLimitsMs, DesignClass design, Map<String, String> unavailableIn) {
        this(id, title, difficulty, tags, kind, signature, comparator, timeLimitMs, memoryLimitMb, statement,
                TestSuite.of(tests), dir, kept, languageTimeLimitsMs, design, unavailableIn);
    }

    /** A problem of any kind that every language can solve. */
    public Problem(String id, String title, Difficulty difficulty, List<String> tags, ProblemKind kind,
                   Signature signature, ComparatorSpec comparator, int timeLimitMs, int memoryLimitMb,
                   String statement, List<TestCase> tests, Path dir, List<KeptSubmission> kept,
                   Map<String, Integer> languageTimeLimitsMs, DesignClass design) {
        this(id, title, difficulty, tags, kind, signature, comparator, timeLimitMs, memoryLimitMb, statement, tests,
                dir, kept, languageTimeLimitsMs, design, Map.of());
    }

    /** A function or stdio problem with its languages' own time limits. */
    public Problem(String id, String title, Difficulty difficulty, List<String> tags, ProblemKind kind,
                   Signature signature, ComparatorSpec comparator, int timeLimitMs, int memoryLimitMb,
                   String statement, List<TestCase> tests, Path dir, List<KeptSubmission> kept,
                   Map<String, Integer> languageTimeLimitsMs) {
        this(id, title, difficulty, tags, kind, signature, comparator, timeLimitMs, memoryLimitMb, statement, tests,
                dir, kept, languageTimeLimitsMs, null, Map.of());
    }

    /** A problem with one time limit for every language. */
    public Problem(String id, String title, Difficulty difficulty, List<String> tags, ProblemKind kind,
                   Signature signature, ComparatorSpec comparator, int timeLimitMs, int memoryLimitMb,
                   String statement, List<TestCase> tests, Path dir, List<KeptSubmission> kept) {
        this(id, title, difficulty, tags, kind, signature, comparator, timeLimitMs, memoryLimitMb, statement, tests,
                dir, kept, Map.of());
    }

    /** A problem with no kept submissions. */
    public Problem(String id, String title, Difficulty difficulty, List<String> tags, ProblemKind kind,
                   Signature signature, ComparatorSpec comparator, int timeLimitMs, int memoryLimitMb,
                   String statement, List<TestCase> tests, Path dir) {
        this(id, title, difficulty, tags, kind, signature, comparator, timeLimitMs, memoryLimitMb, statement, tests,
                dir, List.of());
    }

    /** The time limit of a test in {@code languageId}: its own when the problem gives one, else {@link #timeLimitMs}. */
    public int timeLimitMs(String languageId) {
        return languageTimeLimitsMs.getOrDefault(languageId, timeLimitMs);
    }

    /** The same problem with one time limit for every language (what {@code check --derive-limits} measures under). */
    public Problem withTimeLimit(int ms) {
        return new Problem(id, title, difficulty, tags, kind, signature, comparator, ms, memoryLimitMb, statement,
                testSuite, dir, kept, Map.of(), design, unavailableIn);
    }

    /**
     * Why the problem cannot be solved in {@code languageId} here, as the learner reads it; empty when it can.
     */
    public java.util.Optional<String> unavailable(String languageId) {
        String reason = unavailableIn.get(languageId);
        return reason == null ? java.util.Optional.empty() : java.util.Optional.of("\"" + title
                + "\" cannot be solved in this language here: " + reason + ". Pick another language; your code is "
                + "kept.");
    }

    /** Every type the learner's code takes or returns: its signature's or its design class's; none for stdio. */
    public List<ValueType> types() {
        return switch (kind) {
            case FUNCTION -> signature.types();
            case DESIGN -> design.types();
            case STDIO -> List.of();
        };
    }

    /**
     * The tests of tests.json, read on first use ({@link TestSuite}); a generator's come on top of them when a
     * submission is judged on every test.
     *
     * @throws TestSuite.UnreadableTests when tests.json cannot be read or is wrong
     */
    public List<TestCase> tests() {
        return testSuite.written();
    }

    public List<TestCase> samples() {
        return tests().stream().filter(TestCase::sample).toList();
    }

    public List<TestCase> hidden() {
        return tests().stream().filter(t -> !t.sample()).toList();
    }
}
