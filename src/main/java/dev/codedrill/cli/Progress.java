package dev.codedrill.cli;

import dev.codedrill.docker.StartupProgress;
import java.io.PrintWriter;

/** Start-up progress for the CLI: one line each on stderr, so stdout stays the command's answer. */
final class Progress {

    private Progress() {
    }

    static StartupProgress to(PrintWriter err) {
        return message -> {
            err.println("… " + message);
            err.flush();
        };
    }
}
