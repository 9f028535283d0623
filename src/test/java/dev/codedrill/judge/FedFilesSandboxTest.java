package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.docker.PreparedExec;
import dev.codedrill.lang.Language;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.Lease;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.testing.SharedTestDaemon;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A step's files reach a real sandbox byte for byte through the prepared exec, whether its script writes them (text)
 * or unpacks them from the tar sent after it (binary), owned by the sandbox user with mode 644, and its scripts'
 * folder is there either way; and what the script writes is not in a process's arguments, where the learner's code
 * could read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FedFilesSandboxTest {

    private static final Duration BORROW = Duration.ofSeconds(60);
    /** Each file's digest, owner and mode (sorted by name), then whether the scripts' folder is there. */
    private static final String DESCRIBE = "for f in $(find . -type f ! -path './.codedrill/*' | sort); do"
            + " printf '%s %s %s\\n' \"${f#./}\" \"$(sha256sum < \"$f\" | cut -d ' ' -f 1)\" \"$(stat -c '%u %a' \"$f\")\";"
            + " done; [ -d .codedrill ] && echo folder";

    private DockerEngine engine;
    private ContainerPool pool;

    @BeforeAll
    void startPool() throws InterruptedException {
        engine = SharedTestDaemon.engine();
        Language python = SharedTestDaemon.context().languages().find("python").orElseThrow().withPoolSize(1);
        pool = new ContainerPool(engine, List.of(python), PoolConfig.defaults()).start();
        pool.awaitSettled(BORROW);
    }

    @AfterAll
    void closePool() {
        pool.close();
    }

    @Test
    void textFilesWrittenByTheScriptArriveByteForByte() throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("solution.py", "s = 'it''s' + \"%d \\\\n\" + `x` + $HOME  # ünï €\n".getBytes(StandardCharsets.UTF_8));
        files.put("tests.txt", "2\n1 2\n\n\n".getBytes(StandardCharsets.UTF_8));
        files.put("in/0", "no newline at the end".getBytes(StandardCharsets.UTF_8));
        files.put("warm_run.sh", "exec \"$@\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(FedFiles.of(files, DESCRIBE, 96 * 1024).written()).isTrue();

        assertThat(fedAndDescribed(files)).isEqualTo(expected(files));
    }

    @Test
    void whatTheScriptWritesIsInNoProcesssArgumentsForTheCodeToReadWithPs() throws Exception {
        // grep takes the marker from the file, so that its own arguments do not hold it
        Map<String, byte[]> files = Map.of("marker.txt", "not-for-ps-7f3a91\n".getBytes(StandardCharsets.UTF_8));
        String seen = "for f in /proc/[0-9]*/cmdline; do tr '\\0' ' ' < \"$f\" 2>/dev/null | grep -qF -f marker.txt"
                + " && echo \"seen in $f\"; done; echo looked";
        assertThat(FedFiles.of(files, seen, 96 * 1024).written()).isTrue();

        assertThat(fedAndRun(files, seen)).isEqualTo("looked\n");
    }

    @Test
    void binaryFilesUnpackedFromTheTarArriveByteForByte() throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("data.bin", new byte[] {0, 1, 2, (byte) 0xff, 0, '\n'});
        files.put("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
        files.put("in/0", "1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(FedFiles.of(files, DESCRIBE, 96 * 1024).written()).isFalse();

        assertThat(fedAndDescribed(files)).isEqualTo(expected(files));
    }

    private String fedAndDescribed(Map<String, byte[]> files) throws InterruptedException {
        return fedAndRun(files, DESCRIBE);
    }

    private String fedAndRun(Map<String, byte[]> files, String script) throws InterruptedException {
        pool.awaitSettled(BORROW);
        try (Lease lease = pool.borrow("python", BORROW)) {
            List<PreparedExec> taken = new ArrayList<>();
            BorrowedSandbox sandbox = new BorrowedSandbox(engine, lease.containerId(),
                    TakenPreparedExecs.recording(lease, taken));
            ExecResult ran = sandbox.script(files, script, Duration.ofSeconds(30), 64 * 1024, 8 * 1024);
            assertThat(taken).as("fed to the prepared exec").hasSize(1);
            assertThat(ran.exitCode()).as(ran.stderrText()).isZero();
            return ran.stdoutText();
        }
    }

    private static String expected(Map<String, byte[]> files) throws Exception {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            s.append(file.getKey()).append(' ')
                    .append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.getValue())))
                    .append(" 65534 644\n");
        }
        return s.append("folder\n").toString();
    }
}
