package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.pool.PreparedInput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files a fed script writes itself, and that they arrive byte for byte: the script run by this machine's POSIX
 * sh (dash, as in the sandboxes) through the prepared exec's command, in a folder of its own.
 */
class FedFilesTest {

    private static final int LIMIT = 96 * 1024;

    @TempDir
    Path work;

    @Test
    void smallTextFilesAreWrittenByTheScriptByteForByteWithNothingSentAfterIt() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("solution.py", "def f(s):\n    return s.replace('\\'', \"%s %d \\\\n\")  # ünï € 😀\n".getBytes(
                StandardCharsets.UTF_8));
        files.put("no_newline.txt", "last line".getBytes(StandardCharsets.UTF_8));
        files.put("newlines.txt", "a\r\n\n\n\n".getBytes(StandardCharsets.UTF_8));
        files.put("empty", new byte[0]);
        files.put("quotes.sh", "echo '$HOME' \"$(id)\" `x` \\\n'''\n".getBytes(StandardCharsets.UTF_8));
        files.put("in/0", "3\n1 2 3\n".getBytes(StandardCharsets.UTF_8));
        files.put("in/deep/1", "-\n".getBytes(StandardCharsets.UTF_8));

        FedFiles fed = FedFiles.of(files, "echo ran; ls -d .codedrill", LIMIT);

        assertThat(fed.written()).isTrue();
        assertThat(fed.script()).doesNotContain("tar");
        assertThat(run(fed)).isEqualTo("ran\n.codedrill\n");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertThat(work.resolve(file.getKey())).as(file.getKey()).hasBinaryContent(file.getValue());
        }
    }

    @Test
    void filesAShellWordCannotHoldOrANameItWouldNeedToReadComeAsATarAfterTheScript() {
        byte[] text = "x\n".getBytes(StandardCharsets.UTF_8);
        Map<String, Map<String, byte[]>> cases = Map.of(
                "a NUL byte", Map.of("ok.txt", text, "data.bin", new byte[] {1, 0, 2}),
                "bytes that are not UTF-8", Map.of("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xe9}),
                "a space in a name", Map.of("my file.txt", text),
                "a dollar in a name", Map.of("$x", text));
        cases.forEach((why, files) -> {
            FedFiles fed = FedFiles.of(files, "true", LIMIT);
            assertThat(fed.written()).as(why).isFalse();
            assertThat(fed.after()).as(why).hasSameSizeAs(FedFiles.tar(files)).isNotEmpty();
            assertThat(fed.script()).as(why).startsWith("head -c " + fed.after().length + " | tar -x");
        });
    }

    @Test
    void aNameOutsideTheWorkDirIsRefusedEitherWay() {
        byte[] text = "x\n".getBytes(StandardCharsets.UTF_8);
        for (String name : new String[] {"../up.txt", "in/../../up.txt", "/etc/x"}) {
            assertThatThrownBy(() -> FedFiles.of(Map.of(name, text), "true", LIMIT)).as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void filesThatWouldTakeTheScriptPastItsLimitComeAsATar() {
        Map<String, byte[]> files = Map.of("big.txt", "y".repeat(LIMIT).getBytes(StandardCharsets.UTF_8));
        assertThat(FedFiles.of(files, "true", LIMIT).written()).isFalse();
        Map<String, byte[]> quoted = Map.of("quotes.txt", "'".repeat(LIMIT / 3).getBytes(StandardCharsets.UTF_8));
        assertThat(FedFiles.of(quoted, "true", LIMIT).written()).as("each quote is four characters quoted").isFalse();
        Map<String, byte[]> small = Map.of("small.txt", "y".repeat(LIMIT / 2).getBytes(StandardCharsets.UTF_8));
        assertThat(FedFiles.of(small, "true", LIMIT).written()).isTrue();
    }

    @Test
    void withoutFilesTheScriptRunsAloneAndReadsNoStdin() throws Exception {
        FedFiles fed = FedFiles.of(Map.of(), "cat; echo done", LIMIT);
        assertThat(fed.after()).isEmpty();
        assertThat(run(fed)).isEqualTo("done\n");
    }

    @Test
    void aFileThatCannotBeWrittenStopsTheScriptWithTheUnpackFailure() throws Exception {
        Files.createDirectory(work.resolve("taken"));
        FedFiles fed = FedFiles.of(Map.of("taken", "x".getBytes(StandardCharsets.UTF_8)), "echo ran", LIMIT);
        Process sh = start(fed);
        assertThat(sh.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sh.exitValue()).isEqualTo(dev.codedrill.pool.TarCopy.UNPACK_FAILED);
        assertThat(new String(sh.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("codedrill: could not write the run files");
        assertThat(sh.getInputStream().readAllBytes()).isEmpty();
    }

    private String run(FedFiles fed) throws IOException, InterruptedException {
        Process sh = start(fed);
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sh.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sh.exitValue()).as("exit of: %s", new String(sh.getErrorStream().readAllBytes())).isZero();
        return out;
    }

    private Process start(FedFiles fed) throws IOException {
        Process sh = new ProcessBuilder("sh", "-c", PreparedInput.COMMAND).directory(work.toFile()).start();
        try (OutputStream in = sh.getOutputStream()) {
            in.write(PreparedInput.of(fed.script(), fed.after()));
        }
        return sh;
    }
}
