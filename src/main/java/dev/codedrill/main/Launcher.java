package dev.codedrill.main;

import dev.codedrill.cli.CodeDrillCommand;
import dev.codedrill.ui.CodeDrillApp;
import picocli.CommandLine;

/**
 * The entry point. A plain class (not a JavaFX Application) so that the shaded jar starts with JavaFX on the
 * class path. No arguments opens the GUI; arguments go to the CLI (whose bare form also opens the GUI).
 *
 * <p>It is the one place that knows both the CLI and the window: {@code cli} does not depend on {@code ui}, it is
 * handed {@link CodeDrillApp#launch} here, so the packages stay free of cycles ({@code ArchitectureTest}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line the jar runs (its bare form opens the window), usable from tests. */
    public static CommandLine commandLine() {
        // a lambda, not CodeDrillApp::launch: the window's classes (and JavaFX's) load only when it opens, never
        // for a command
        return CodeDrillCommand.commandLine(context -> CodeDrillApp.launch(context));
    }
}
