package dev.codedrill.problem;

/**
 * LeetCode-style function problems, design problems (a class judged on a sequence of calls, also LeetCode's), or
 * stdin → stdout programs.
 */
public enum ProblemKind {
    FUNCTION, DESIGN, STDIO;

    /** Whether the judge's harness calls the learner's code (a function, a class) rather than running a program. */
    public boolean called() {
        return this != STDIO;
    }
}
