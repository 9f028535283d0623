package dev.codedrill.problem;

/** How hard a problem is. */
public enum Difficulty {
    EASY, MEDIUM, HARD
}
