package dev.codedrill.cli;

import dev.codedrill.app.AppContext;
import dev.codedrill.app.NotUtf8Exception;
import dev.codedrill.app.PlainWords;
import dev.codedrill.app.Version;
import dev.codedrill.config.ConfigException;
import dev.codedrill.failure.RawText;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code codedrill}: with no command it opens the GUI; the subcommands are the CLI. The GUI is handed in
 * ({@link #commandLine(Consumer)}) by the launcher, so the CLI does not depend on the window's package.
 */
@Command(name = "codedrill", mixinStandardHelpOptions = true, versionProvider = CodeDrillCommand.VersionProvider.class,
        description = "Practise programming problems offline. With no command, opens the app.",
        subcommands = {DoctorCommand.class, DindCommand.class, ImagesCommand.class, HistoryCommand.class,
                BenchCommand.class, JudgeCommand.class, CheckCommand.class, TopicsCommand.class, NewCommand.class, PackCommand.class, ImportCommand.class, StressCommand.class,
                CommandLine.HelpCommand.class})
public final class CodeDrillCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "JSON config merged over the defaults (default: the user's config file).")
    Path config;

    private final Consumer<AppContext> openWindow;

    private CodeDrillCommand(Consumer<AppContext> openWindow) {
        this.openWindow = openWindow;
    }

    /**
     * @param openWindow opens the window with the settings of --config and blocks until it is closed: what
     *                   {@code codedrill} with no command does ({@code dev.codedrill.main.Launcher} gives the JavaFX
     *                   app's launch)
     */
    public static CommandLine commandLine(Consumer<AppContext> openWindow) {
        CommandLine cli = new CommandLine(new CodeDrillCommand(openWindow));
        // A wrong argument gets its message and where to look, not the whole usage.
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine wrong = e.getCommandLine();
            wrong.getErr().println("codedrill: " + e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, wrong.getErr())) {
                wrong.getErr().println("Try '" + wrong.getCommandSpec().qualifiedName() + " --help'.");
            }
            return 2;
        });
        // Whatever else fails reaches the user as what happened and what to do; the stack goes to the log file.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("codedrill: " + plainMessage(e, commandLine));
            commandLine.getErr().flush();
            return wrongInput(e) ? 2 : 1;
        });
        return cli;
    }

    /** A command's failure in words: a wrong argument's own message, anything else through {@link PlainWords}. */
    static String plainMessage(Exception e, CommandLine commandLine) {
        String doing = "running '" + commandLine.getCommandSpec().qualifiedName() + "'";
        if (e instanceof IllegalArgumentException && RawText.isPlain(e.getMessage())) {
            return e.getMessage(); // a command's own words about an argument
        }
        return PlainWords.report(e, doing);
    }

    /** Failures of what the user gave (the config, an argument, a file): exit code 2, as picocli's usage errors. */
    private static boolean wrongInput(Exception e) {
        return e instanceof ConfigException || e instanceof NotUtf8Exception
                || (e instanceof IllegalArgumentException && RawText.isPlain(e.getMessage()));
    }

    /** The --config file, or null. */
    Path configFile() {
        return config;
    }

    /** Loads the settings named by --config, wherever on the command line it was given. */
    AppContext context() {
        return AppContext.load(config);
    }

    @Override
    public Integer call() {
        openWindow.accept(context());
        return 0;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"codedrill " + Version.current()};
        }
    }
}
