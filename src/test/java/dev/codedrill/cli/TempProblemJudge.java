package dev.codedrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.main.Launcher;
import dev.codedrill.testing.SharedTestDaemon;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * A problem written into a temporary pack, and {@code codedrill judge --all --json} run on it through the real CLI
 * against the shared test daemon: what the format's tests need to judge a problem of their own.
 */
final class TempProblemJudge {

    private final Path temp;
    private final Path config;
    private final String id;

    private TempProblemJudge(Path temp, Path config, String id) {
        this.temp = temp;
        this.config = config;
        this.id = id;
    }

    /** Writes the problem's files into {@code temp/pack/ID} and a config that loads that pack. */
    static TempProblemJudge write(Path temp, String id, String problemJson, String statement, String testsJson)
            throws IOException {
        Path dir = Files.createDirectories(temp.resolve("pack").resolve(id));
        Files.writeString(dir.resolve("problem.json"), problemJson);
        Files.writeString(dir.resolve("statement.md"), statement);
        Files.writeString(dir.resolve("tests.json"), testsJson);
        SharedTestDaemon.engine(); // started (or found running) as every test of the shared daemon does
        Path config = temp.resolve("config.json");
        Files.writeString(config, SharedTestDaemon.configJson(List.of(temp.resolve("pack"))));
        return new TempProblemJudge(temp, config, id);
    }

    /** The problem's folder, for files beyond the three. */
    Path dir() {
        return temp.resolve("pack").resolve(id);
    }

    /** Judges {@code source} in {@code language} on every test; the CLI's JSON. */
    JsonNode judge(String language, String source) throws IOException {
        Path file = Files.createTempFile(temp, language, ".src");
        Files.writeString(file, source);
        StringWriter out = new StringWriter();
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        cli.execute("--config", config.toString(), "judge", "--problem", id, "--lang", language, "--all", "--json",
                file.toString());
        return new ObjectMapper().readTree(out.toString());
    }
}
