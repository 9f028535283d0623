package dev.codedrill.pool;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Copies a run's tar into a sandbox's work dir. A small tar travels inside an exec's arguments (base64) and is unpacked
 * by the sandbox user: an exec is cheaper than the engine's archive upload, which re-executes the daemon binary to
 * unpack in a chroot. Larger tars take the archive upload.
 */
public final class TarCopy {

    /** Linux caps one argument at 128 KiB (MAX_ARG_STRLEN): 90 KiB of tar is 120 KiB of base64. */
    private static final int CHUNK = 90 * 1024;
    /** All arguments together must stay well under ARG_MAX (2 MiB with the default 8 MiB stack). */
    static final int EXEC_LIMIT = 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** How the tar gets in. */
    public enum Method {
        /** Inside an exec (tars up to 1 MiB; larger ones fall back to {@link #ARCHIVE}). */
        EXEC,
        /** The engine's archive upload ({@code docker cp}). */
        ARCHIVE,
        /** Unpacked by the same exec that then runs the command (see {@link #withFiles}): one exec fewer. */
        INLINE
    }

    /** Exit code of a {@link #withFiles} request whose files could not be unpacked. */
    public static final int UNPACK_FAILED = 125;

    private TarCopy() {
    }

    /** Copies the tar in by {@code method}; {@link Method#INLINE} means {@link Method#EXEC} here. */
    public static void copy(DockerEngine engine, String containerId, byte[] tar, Method method) {
        if (method == Method.ARCHIVE || tar.length > EXEC_LIMIT) {
            engine.copyTar(containerId, SandboxFactory.WORK_DIR, new ByteArrayInputStream(tar));
            return;
        }
        List<String> cmd = new ArrayList<>(List.of("sh", "-c",
                "for c do printf %s \"$c\"; done | base64 -d | tar -x -f - -C " + SandboxFactory.WORK_DIR, "sh"));
        String encoded = Base64.getEncoder().encodeToString(tar);
        int chunkChars = CHUNK / 3 * 4;
        for (int i = 0; i < encoded.length(); i += chunkChars) {
            cmd.add(encoded.substring(i, Math.min(encoded.length(), i + chunkChars)));
        }
        ExecRequest request = new ExecRequest(cmd, SandboxFactory.USER, SandboxFactory.WORK_DIR, List.of(), 4096, 4096,
                TIMEOUT);
        ExecResult result = engine.exec(containerId, request);
        if (!result.succeeded()) {
            throw new SandboxException("Could not unpack the run's files in " + containerId + " (exit "
                    + result.exitCode() + "): " + result.stderrText().strip());
        }
    }

    /**
     * The same request, but it first unpacks {@code tar} into the work dir and only then runs its command: the files
     * ride in environment variables (each under the per-string limit) that are unset before the command starts. A
     * failed unpack exits {@link #UNPACK_FAILED} with a message on stderr.
     */
    public static ExecRequest withFiles(byte[] tar, ExecRequest request) {
        Inline inline = inline(tar);
        List<String> env = new ArrayList<>(request.env());
        env.addAll(inline.env());
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", inline.unpack() + "exec \"$@\"\n", "sh"));
        cmd.addAll(request.cmd());
        return new ExecRequest(cmd, request.user(), request.workDir(), env, request.stdoutLimit(),
                request.stderrLimit(), request.timeout());
    }

    /**
     * A tar carried by an exec of one's own script: the environment variables that hold it (base64, in pieces under
     * the per-string limit) and the shell lines that unpack it into the work dir and then unset them, so that
     * nothing started afterwards inherits them. A failed unpack exits {@link #UNPACK_FAILED}.
     */
    public record Inline(List<String> env, String unpack) {
        public Inline {
            env = List.copyOf(env);
        }
    }

    public static Inline inline(byte[] tar) {
        if (!fitsInExec(tar)) {
            throw new IllegalArgumentException("a tar of " + tar.length + " bytes is too large to go inline");
        }
        String encoded = Base64.getEncoder().encodeToString(tar);
        int chunkChars = CHUNK / 3 * 4;
        List<String> env = new ArrayList<>();
        StringBuilder parts = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (int i = 0, n = 0; i < encoded.length(); i += chunkChars, n++) {
            env.add("CODEDRILL_TAR_" + n + "=" + encoded.substring(i, Math.min(encoded.length(), i + chunkChars)));
            parts.append("\"$CODEDRILL_TAR_").append(n).append("\" ");
            names.append(" CODEDRILL_TAR_").append(n);
        }
        String script = unpack("printf %s " + parts + "| base64 -d") + "unset" + names + "\n";
        return new Inline(env, script);
    }

    /**
     * The shell line that unpacks into the work dir the tar that {@code source} (shell) writes to its stdout, and exits
     * {@link #UNPACK_FAILED} with a message on stderr when it cannot.
     */
    public static String unpack(String source) {
        return source + " | tar -x -f - -C " + SandboxFactory.WORK_DIR + orFail("could not unpack the run files");
    }

    /** What follows a shell command that puts run files in place: when it fails, say so, exit {@link #UNPACK_FAILED}. */
    public static String orFail(String message) {
        return " || { echo 'codedrill: " + message + "' >&2; exit " + UNPACK_FAILED + "; }\n";
    }

    public static boolean fitsInExec(byte[] tar) {
        return tar.length <= EXEC_LIMIT;
    }
}
