package dev.codedrill.app;

import dev.codedrill.cli.CodeDrillCommand;
import picocli.CommandLine;

/**
 * The entry point. A plain class (not a JavaFX Application) so that the shaded jar starts with JavaFX on the
 * class path. No arguments opens the GUI; arguments go to the CLI (whose bare form also opens the GUI).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return CodeDrillCommand.commandLine().execute(args);
    }

    /** The exit code for a picocli command line, usable from tests. */
    public static CommandLine commandLine() {
        return CodeDrillCommand.commandLine();
    }
}
