package dev.codedrill.problem;

/**
 * How a test's output is compared with the expected value (docs/architecture.md#comparators).
 *
 * @param absolute for FLOAT: the absolute tolerance
 * @param relative for FLOAT: the relative tolerance
 * @param nested   for UNORDERED: the arrays inside the top-level array are in any order too, at every depth
 *                 (groups of anagrams: the groups in any order, each group's words in any order)
 */
public record ComparatorSpec(Type type, double absolute, double relative, boolean nested) {

    /** The comparators there are. */
    public enum Type {
        EXACT, TOKENS, UNORDERED, FLOAT,
        /** Stdio only: line by line, ignoring whitespace at the end of each line and empty lines at the end. */
        LINES,
        /**
         * Stdio only: the problem's own {@code checker.py} decides (Kattis's output-validator protocol), for answers
         * with many right forms.
         */
        CHECKER
    }

    public static final ComparatorSpec EXACT = new ComparatorSpec(Type.EXACT, 0, 0);
    public static final ComparatorSpec TOKENS = new ComparatorSpec(Type.TOKENS, 0, 0);
    public static final ComparatorSpec LINES = new ComparatorSpec(Type.LINES, 0, 0);

    public ComparatorSpec {
        if (absolute < 0 || relative < 0) {
            throw new IllegalArgumentException("tolerances must not be negative");
        }
        if (type == Type.FLOAT && absolute == 0 && relative == 0) {
            throw new IllegalArgumentException("a float comparator needs an absolute or a relative tolerance");
        }
        if (nested && type != Type.UNORDERED) {
            throw new IllegalArgumentException("only the unordered comparator can be nested");
        }
    }

    public ComparatorSpec(Type type, double absolute, double relative) {
        this(type, absolute, relative, false);
    }
}
