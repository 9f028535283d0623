package dev.codedrill.ui.shell;

import dev.codedrill.docker.StartupProgress;

/** Brings the engine up off the FX thread, reporting each step. */
@FunctionalInterface
public interface EngineConnector {
    EngineReady connect(StartupProgress progress) throws Exception;
}
