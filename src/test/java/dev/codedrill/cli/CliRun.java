package dev.codedrill.cli;

import dev.codedrill.main.Launcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;

/** One run of the real CLI in this JVM with a config: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun of(Path config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(Stream.concat(Stream.of("--config", config.toString()), Stream.of(args))
                .toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }
}
