package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.main.Launcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench command's options; its measurements are tested in the pool package. */
class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void benchIsACommandWithLangRunsJsonAndCopyOptions() {
        assertThat(run("bench", "--help")).isZero();
        assertThat(out.toString()).contains("--lang").contains("--runs").contains("--json").contains("--copy");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorThatNamesTheKnownOnes() {
        assertThat(run("bench", "--lang", "cobol", "--config", System.getProperty("codedrill.testConfig",
                "packaging/images/offline.json"))).isEqualTo(2);
        assertThat(err.toString()).contains("unknown language 'cobol'").contains("python");
    }

    @Test
    void theLanguageIsRequired() {
        assertThat(run("bench")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang");
    }
}
