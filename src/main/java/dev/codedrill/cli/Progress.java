package dev.codedrill.cli;

import dev.codedrill.docker.StartupProgress;
import java.io.PrintWriter;

/** Start-up progress for the CLI: one line each on stderr, so stdout stays the command's answer. */
final class Progress {

    private Progress() {
    }

    /** Each line carries the seconds since the command began, so slow steps show. */
    static StartupProgress to(PrintWriter err) {
        long start = System.nanoTime();
        return message -> {
            err.printf("[%5.1f s] %s%n", (System.nanoTime() - start) / 1e9, message);
            err.flush();
        };
    }
}
