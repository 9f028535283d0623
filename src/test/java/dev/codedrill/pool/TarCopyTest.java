package dev.codedrill.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.Tar;
import dev.codedrill.testing.TestEngine;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Both ways into a sandbox's work dir give the same files, small and large. */
class TarCopyTest {

    private static DockerEngine engine;
    private static SandboxFactory factory;
    private static SandboxContainer sandbox;

    @BeforeAll
    static void start() {
        engine = TestEngine.hostEngine();
        assertThat(engine.ping().version()).isNotBlank();
        factory = new SandboxFactory(engine, PoolFixtures.config("tarcopy"));
        sandbox = factory.create(PoolFixtures.language("python"), false);
    }

    @AfterAll
    static void stop() {
        factory.destroy(sandbox);
        engine.close();
    }

    @Test
    void aTarOfSeveralChunksUnpackedByAnExecArrivesWhole(TestInfo test) {
        byte[] data = new byte[400 * 1024];
        new Random(7).nextBytes(data);
        byte[] tar = Tar.ownedBy(SandboxFactory.UID).file("input.bin", data).file("dir/solution.py", "print(1)\n")
                .toBytes();
        TarCopy.copy(engine, sandbox.containerId(), tar, TarCopy.Method.EXEC);
        assertThat(sha("input.bin")).isEqualTo(sha256(data));
        assertThat(run("cat dir/solution.py; stat -c %u input.bin")).isEqualTo("print(1)\n65534\n");
    }

    @Test
    void aTarLargerThanAnExecCanCarryTakesTheArchiveUpload() {
        byte[] data = new byte[TarCopy.EXEC_LIMIT + 1];
        new Random(8).nextBytes(data);
        byte[] tar = Tar.ownedBy(SandboxFactory.UID).file("big.bin", data).toBytes();
        TarCopy.copy(engine, sandbox.containerId(), tar, TarCopy.Method.EXEC);
        assertThat(sha("big.bin")).isEqualTo(sha256(data));
    }

    @Test
    void filesRidingInlineAreUnpackedBeforeTheCommandRunsAndLeaveNoTraceInItsEnvironment() {
        byte[] data = new byte[200 * 1024];
        new Random(9).nextBytes(data);
        byte[] tar = Tar.ownedBy(SandboxFactory.UID).file("inline/data.bin", data).file("inline/main.py",
                "import os\nprint(sorted(k for k in os.environ if k.startswith('CODEDRILL')))\nraise SystemExit(3)\n")
                .toBytes();
        ExecRequest request = new ExecRequest(List.of("python3", "inline/main.py"), SandboxFactory.USER,
                SandboxFactory.WORK_DIR, List.of("MINE=1"), 65536, 65536, Duration.ofSeconds(30));

        var result = engine.exec(sandbox.containerId(), TarCopy.withFiles(tar, request));

        assertThat(result.stdoutText()).isEqualTo("[]\n");
        assertThat(result.exitCode()).as("the command's own exit code").isEqualTo(3);
        assertThat(sha("inline/data.bin")).isEqualTo(sha256(data));
    }

    private static String sha(String file) {
        return run("sha256sum " + file + " | cut -d' ' -f1").strip();
    }

    private static String run(String script) {
        return engine.exec(sandbox.containerId(), new ExecRequest(List.of("sh", "-c", script), SandboxFactory.USER,
                SandboxFactory.WORK_DIR, List.of(), 65536, 65536, Duration.ofSeconds(30))).stdoutText();
    }

    private static String sha256(byte[] data) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(data);
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
