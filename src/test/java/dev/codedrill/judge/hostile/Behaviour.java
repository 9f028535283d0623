package dev.codedrill.judge.hostile;

/**
 * What a program of the hostile matrix does before it answers A + B. Each language writes every behaviour twice: as
 * a stdio program and as a solution of {@code add(a, b)} (see {@link HostilePrograms}).
 */
enum Behaviour {
    /** Answers at once. */
    CORRECT,
    /** Sleeps 1.5 s when a = 1 (the first test), then answers: correct, under a 4 s limit. */
    SLOW_FIRST_TEST,
    /** Prints lines of 1000 characters to stdout for ever. */
    ENDLESS_STDOUT,
    /** Writes lines of 1000 characters to stderr for ever. */
    ENDLESS_STDERR,
    /** Spins on the CPU for ever, in a loop the compiler cannot remove. */
    ENDLESS_LOOP,
    /** Sleeps 30 s. */
    SLEEP,
    /**
     * Kills its parent process with SIGKILL, then answers; when the sandbox refuses the kill (the parent is not the
     * sandbox user's), fails with an error saying "the kill was refused".
     */
    KILL_PARENT,
    /** Forks or spawns processes for ever. */
    FORK_BOMB,
    /** Allocates 10 MB blocks for ever, writing every byte of each, and keeps them all. */
    MEMORY_HOG
}
