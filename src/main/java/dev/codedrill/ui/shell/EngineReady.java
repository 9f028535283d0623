package dev.codedrill.ui.shell;

/** What the status bar says once the engine is up: a summary, and advice when something is missing. */
public record EngineReady(String summary, String advice) {
    public EngineReady {
        advice = advice == null ? "" : advice;
    }
}
