package dev.codedrill.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The prepared exec's command run by this machine's POSIX sh, fed as a borrower feeds it. */
class PreparedInputTest {

    @Test
    void aScriptThatFitsTheBlockRunsAndReadsWhatComesAfterItAsItsStdin() throws Exception {
        byte[] input = PreparedInput.of("echo \"script $1\"; cat", "the files\n".getBytes(StandardCharsets.UTF_8));
        assertThat(input).hasSize(PreparedInput.BLOCK + "the files\n".length());
        assertThat(run(input)).isEqualTo("script \nthe files\n");
    }

    @Test
    void aScriptLongerThanTheBlockIsSentAfterItAndStillRunsWhole() throws Exception {
        String comment = "# " + "x".repeat(PreparedInput.BLOCK) + "\n";
        byte[] input = PreparedInput.of("echo first\n" + comment + "echo last; cat", "after\n".getBytes(
                StandardCharsets.UTF_8));
        assertThat(input.length).isGreaterThan(2 * PreparedInput.BLOCK);
        assertThat(run(input)).isEqualTo("first\nlast\nafter\n");
    }

    @Test
    void aScriptEndingInNewlinesOrQuotesKeepsItsMeaning() throws Exception {
        assertThat(run(PreparedInput.of("printf '%s|' \"a  b\" 'c\\nd'\n\n\n", new byte[0]))).isEqualTo("a  b|c\\nd|");
    }

    @Test
    void anExecWhoseInputEndsBeforeAScriptEndsQuietly() throws Exception {
        Process sh = start();
        sh.getOutputStream().close();
        assertThat(sh.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sh.exitValue()).isZero();
        assertThat(sh.getInputStream().readAllBytes()).isEmpty();
    }

    private static String run(byte[] input) throws IOException, InterruptedException {
        Process sh = start();
        try (OutputStream in = sh.getOutputStream()) {
            in.write(input);
        }
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sh.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sh.exitValue()).as("exit of: %s", new String(sh.getErrorStream().readAllBytes())).isZero();
        return out;
    }

    private static Process start() throws IOException {
        return new ProcessBuilder("sh", "-c", PreparedInput.COMMAND).start();
    }
}
