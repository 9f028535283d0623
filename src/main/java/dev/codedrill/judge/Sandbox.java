package dev.codedrill.judge;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.docker.Tar;
import dev.codedrill.pool.TarCopy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A borrowed sandbox container, in the words the judge needs: put files in the work dir, run a command there as
 * the sandbox user. Whoever lent it takes it back (and resets it) afterwards.
 */
public record Sandbox(DockerEngine engine, String containerId) {

    public static final String WORK_DIR = "/work";
    public static final String USER = "65534:65534";
    public static final int UID = 65534;
    /** Added to the container's own environment (which points HOME and the build caches at writable places). */
    private static final List<String> ENV = List.of("LANG=C.UTF-8", "PYTHONDONTWRITEBYTECODE=1");

    /** Copies the files in: small sets through an exec (cheaper than the archive upload), large ones uploaded. */
    public void put(Map<String, byte[]> files) {
        TarCopy.copy(engine, containerId, tar(files), TarCopy.Method.EXEC);
    }

    /**
     * Runs a shell script in the work dir after unpacking {@code files} there: the files ride in the same exec when
     * they fit ({@link TarCopy#inline}); a larger set is uploaded first by the engine's archive copy.
     */
    public ExecResult script(Map<String, byte[]> files, String script, Duration timeout, int stdoutLimit,
                             int stderrLimit) {
        List<String> env = new ArrayList<>(ENV);
        String unpack = "";
        if (!files.isEmpty()) {
            byte[] tar = tar(files);
            if (TarCopy.fitsInExec(tar)) {
                TarCopy.Inline inline = TarCopy.inline(tar);
                env.addAll(inline.env());
                unpack = inline.unpack();
            } else {
                TarCopy.copy(engine, containerId, tar, TarCopy.Method.ARCHIVE);
            }
        }
        return engine.exec(containerId, new ExecRequest(List.of("sh", "-c", unpack + script), USER, WORK_DIR, env,
                stdoutLimit, stderrLimit, timeout));
    }

    private static byte[] tar(Map<String, byte[]> files) {
        Tar tar = Tar.ownedBy(UID);
        files.forEach((name, content) -> tar.file(name, content, name.endsWith(".sh") ? 0755 : 0644));
        return tar.toBytes();
    }

    public ExecResult run(List<String> cmd, Duration timeout, int stdoutLimit, int stderrLimit) {
        return engine.exec(containerId, new ExecRequest(cmd, USER, WORK_DIR, ENV, stdoutLimit, stderrLimit, timeout));
    }
}
