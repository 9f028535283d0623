package dev.codedrill.history;

/** Where the user stands on a problem. */
public enum ProblemStatus {
    /** Nothing was ever run or submitted for it. */
    NEW,
    /** Code was run or submitted, but no SUBMIT was accepted yet. */
    ATTEMPTED,
    /** At least one SUBMIT was accepted. */
    SOLVED
}
