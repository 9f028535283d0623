package dev.codedrill.judge;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.docker.PreparedExec;
import dev.codedrill.pool.PreparedInput;
import dev.codedrill.pool.SandboxFactory;
import dev.codedrill.pool.TarCopy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A borrowed sandbox container, in the words the judge needs: put files in the work dir, run a command there as
 * the sandbox user. Whoever lent it takes it back (and resets it) afterwards.
 *
 * @param prepared gives the execs the pool started in the container, each waiting for a script (see
 *                 {@link dev.codedrill.pool.Lease#takePreparedExec}), or null when none is left: {@link #script}
 *                 feeds one instead of starting an exec
 * @param times    where the judge call that borrowed it keeps its steps' times
 */
public record BorrowedSandbox(DockerEngine engine, String containerId, Supplier<PreparedExec> prepared,
                              StepTimes times) {

    // The sandbox's user and work dir are the pool's (one set of constants: SandboxFactory).
    private static final String WORK_DIR = SandboxFactory.WORK_DIR;
    private static final String USER = SandboxFactory.USER;
    /** Added to the container's own environment (which points HOME and the build caches at writable places). */
    private static final List<String> ENV = SandboxFactory.RUN_ENV;
    /** A script fed to a prepared exec is held in one shell variable: kept to a size the shell handles at once. */
    private static final int PREPARED_SCRIPT_LIMIT = 96 * 1024;

    public BorrowedSandbox(DockerEngine engine, String containerId) {
        this(engine, containerId, () -> null);
    }

    public BorrowedSandbox(DockerEngine engine, String containerId, Supplier<PreparedExec> prepared) {
        this(engine, containerId, prepared, StepTimes.ignored());
    }

    /** The same sandbox, its steps timed into {@code into}. */
    BorrowedSandbox timedBy(StepTimes into) {
        return new BorrowedSandbox(engine, containerId, prepared, into);
    }

    /** Copies the files in: small sets through an exec (cheaper than the archive upload), large ones uploaded. */
    public void put(Map<String, byte[]> files) {
        TarCopy.copy(engine, containerId, FedFiles.tar(files), TarCopy.Method.EXEC);
    }

    /**
     * Runs a shell script in the work dir after unpacking {@code files} there. A prepared exec of the pool, when one is
     * left, is fed the script and the files on its stdin; otherwise a new exec carries the files when they fit
     * ({@link TarCopy#inline}), and a larger set is uploaded first by the engine's archive copy.
     */
    public ExecResult script(Map<String, byte[]> files, String script, Duration timeout, int stdoutLimit,
                             int stderrLimit) {
        PreparedExec waiting = prepared.get();
        if (waiting != null) {
            try {
                if (waiting.waiting() && script.length() < PREPARED_SCRIPT_LIMIT) {
                    return fed(waiting, files, script, timeout, stdoutLimit, stderrLimit);
                }
            } finally {
                waiting.close();
            }
        }
        List<String> env = new ArrayList<>(ENV);
        String unpack = "";
        if (!files.isEmpty()) {
            byte[] tar = FedFiles.tar(files);
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

    /** Feeds the prepared exec the script, with the files written by it or sent after it ({@link FedFiles}). */
    private static ExecResult fed(PreparedExec exec, Map<String, byte[]> files, String script, Duration timeout,
                                  int stdoutLimit, int stderrLimit) {
        FedFiles fed = FedFiles.of(files, script, PREPARED_SCRIPT_LIMIT);
        return exec.feed(PreparedInput.of(fed.script(), fed.after()), stdoutLimit, stderrLimit, timeout);
    }

    /** Closes the next prepared exec unused: one that a step's script reported gone (killed with the rest). */
    void dropPrepared() {
        PreparedExec next = prepared.get();
        if (next != null) {
            next.close();
        }
    }

    public ExecResult run(List<String> cmd, Duration timeout, int stdoutLimit, int stderrLimit) {
        return engine.exec(containerId, new ExecRequest(cmd, USER, WORK_DIR, ENV, stdoutLimit, stderrLimit, timeout));
    }
}
