package dev.codedrill.judge;

import dev.codedrill.docker.DockerEngine;
import java.time.Duration;

/** Waits for an engine that failed to answer again: it is asked every quarter of a second. */
final class EngineWait {

    private static final long POLL_MS = 250;

    private EngineWait() {
    }

    /** Whether {@code engine} answers within {@code wait}. */
    static boolean until(DockerEngine engine, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                engine.ping();
                return true;
            } catch (RuntimeException stillGone) {
                if (System.nanoTime() - deadline >= 0) {
                    return false;
                }
                Thread.sleep(POLL_MS);
            }
        }
    }
}
