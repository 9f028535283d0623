package dev.codedrill.ui.shell;

/** What the status bar says about the engine. */
public enum EngineState {
    CONNECTING,
    READY,
    UNAVAILABLE
}
