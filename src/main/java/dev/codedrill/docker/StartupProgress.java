package dev.codedrill.docker;

/** Receives the engine's start-up steps as they happen (the status bar, the CLI's stderr). */
@FunctionalInterface
public interface StartupProgress {
    StartupProgress NONE = message -> { };

    void report(String message);
}
