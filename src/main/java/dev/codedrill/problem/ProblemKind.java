package dev.codedrill.problem;

/** LeetCode-style function problems, or stdin → stdout programs. */
public enum ProblemKind {
    FUNCTION, STDIO
}
