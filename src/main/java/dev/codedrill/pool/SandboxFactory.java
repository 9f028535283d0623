package dev.codedrill.pool;

import dev.codedrill.docker.ContainerSpec;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.docker.Labels;
import dev.codedrill.docker.PreparedExec;
import dev.codedrill.lang.WarmRuntime;
import dev.codedrill.lang.Language;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes, cleans and removes sandbox containers as docs/architecture.md#the-sandbox-container describes them: no
 * network, no capabilities, no new privileges, read-only root, an init, memory = memory-swap, a pids limit, a CPU
 * quota, a size-capped /tmp and a tmpfs-backed named volume as the work dir (a volume, because copying a tar into a
 * read-only root or a tmpfs mount does not work), and ulimits: no core dumps, a bounded number of open files, no file
 * larger than the largest writable place. PID 1 runs as root with no capabilities; everything else runs as the sandbox
 * user, so that killing all of that user's processes leaves the container up. The one exception is the sealing of a
 * primed cache ({@link SandboxScripts#seal}), which runs as {@link #KEEPER_UID} so that the sandbox user cannot change
 * what it leaves.
 */
public final class SandboxFactory {

    public static final int UID = 65534;
    public static final String USER = UID + ":" + UID;
    /**
     * Owns the record of a primed cache ({@link SandboxScripts#PRIMED_MARKER}): a user of its own, not root (an exec
     * never runs as root: past its deadline every process of its user is killed) and not the sandbox user, who must
     * be unable to write, move or remove that record. Nothing else runs as it.
     */
    static final int KEEPER_UID = 65533;
    static final String KEEPER = KEEPER_UID + ":" + KEEPER_UID;
    /** Open files: the soft limit a process starts with, and the ceiling it may raise it to (the JVM and Go do). */
    static final long OPEN_FILES = 1024;
    static final long OPEN_FILES_MAX = 4096;
    public static final String WORK_DIR = "/work";
    public static final String ROLE_SANDBOX = "sandbox";
    /** Added to the container's own environment in every exec of a run (the container's points HOME and the caches
     * at writable places). */
    public static final List<String> RUN_ENV = List.of("LANG=C.UTF-8", "PYTHONDONTWRITEBYTECODE=1");
    /**
     * The command of a prepared exec ({@link #prepare}): reads its script, and runs it, which may read more of stdin
     * (the run's files); the input is made by {@link PreparedInput#of}. End of input: it just exits.
     */
    static final String PREPARED = PreparedInput.COMMAND;
    /**
     * Where the run's prepared exec of a compiled language ({@link #prepareNext}) leaves its pid, for the compile's
     * script to spare it (the reset wipes /tmp).
     */
    public static final String NEXT_EXEC_PID = "/tmp/.codedrill-next-exec";
    /** The line {@link #resetThenPrepare}'s exec prints when its reset is done, before it waits for its input. */
    static final String RESET_DONE = "codedrill: reset done";
    /** The first line of that exec's script: what it is, in ps. */
    static final String RESET_THEN_PREPARED = "# CodeDrill's reset, then a prepared exec";
    static final String CACHE_DIR = "/cache";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxFactory.class);
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final int OUTPUT_KEPT = 8 * 1024;

    private final DockerEngine engine;
    private final PoolConfig config;

    public SandboxFactory(DockerEngine engine, PoolConfig config) {
        this.engine = engine;
        this.config = config;
    }

    /** The labels on every container and volume of a session. */
    public static Map<String, String> sessionLabels(String sessionId) {
        return Labels.withApp(Map.of(Labels.ROLE, ROLE_SANDBOX, Labels.SESSION, sessionId));
    }

    /**
     * Creates the work volume and the container, starts it and, when asked and the language has any, runs its init
     * tasks. Anything made is removed again when a step fails.
     */
    public SandboxContainer create(Language language, boolean runInit) {
        String name = "codedrill-" + config.sessionId() + "-" + language.id() + "-" + SEQUENCE.incrementAndGet();
        String volume = name + "-work";
        Map<String, String> labels = labels(language);
        engine.createVolume(volume, Map.of("type", "tmpfs", "device", "tmpfs",
                "o", "size=" + config.workSize() + ",uid=" + UID), labels);
        String id = null;
        try {
            id = engine.create(spec(language, name, volume, labels));
            engine.start(id);
            boolean primed = runInit && !language.init().isEmpty();
            SandboxContainer sandbox = new SandboxContainer(id, name, volume, language.id(), primed);
            if (primed) {
                runScript(sandbox, USER, SandboxScripts.init(language), config.initTimeout(), "init tasks");
                runScript(sandbox, KEEPER, SandboxScripts.seal(), config.resetTimeout(), "sealing of the primed cache");
                reset(sandbox, language); // the init tasks' leftovers in the work dir and /tmp go
            }
            return sandbox;
        } catch (RuntimeException e) {
            removeQuietly(id, volume);
            throw e;
        }
    }

    /** Makes the sandbox as clean as new, or throws {@link SandboxException}: then it must be destroyed. */
    public void reset(SandboxContainer sandbox, Language language) {
        runScript(sandbox, USER, SandboxScripts.reset(language, sandbox.primed()), config.resetTimeout(), "reset");
    }

    /**
     * Resets the sandbox as {@link #reset} does, in an exec that then stays on as its first prepared exec (as
     * {@link #prepare} would start it, with the {@code warm} runtime when not null): a reset and a prepare in one exec,
     * an exec fewer per submission (each costs ~0.1 s of the machine's CPU in the private daemon). Returns once the
     * reset said it is clean; throws {@link SandboxException} (the exec gone) when it failed.
     *
     * @throws UnsupportedOperationException when the engine prepares no execs: then {@link #reset} it
     */
    PreparedExec resetThenPrepare(SandboxContainer sandbox, Language language, WarmRuntime warm) {
        String reset = RESET_THEN_PREPARED + "\n" + SandboxScripts.reset(language, sandbox.primed())
                + "echo " + RESET_DONE + "\n";
        List<String> cmd = warm == null ? List.of("sh", "-c", reset + PREPARED) : warm.preparedCommand(reset, PREPARED);
        PreparedExec exec = engine.prepareExec(sandbox.containerId(), new ExecRequest(cmd, USER, WORK_DIR, RUN_ENV,
                OUTPUT_KEPT, OUTPUT_KEPT, config.resetTimeout()));
        Optional<ExecResult> failed;
        try {
            failed = exec.awaitLine(RESET_DONE, config.resetTimeout());
        } catch (RuntimeException e) {
            exec.close();
            throw e;
        }
        if (failed.isPresent()) {
            exec.close();
            throw new SandboxException("The reset of " + sandbox.name() + " failed: " + describe(failed.get()));
        }
        return exec;
    }

    /**
     * Starts an exec in the sandbox, as the sandbox user in the work dir, that waits for a script on its stdin
     * ({@link #PREPARED}): lent with the container, it saves the borrower the cost of starting an exec. The reset
     * kills it when it was not used.
     */
    PreparedExec prepare(SandboxContainer sandbox) {
        return prepare(sandbox, null);
    }

    /**
     * The same; with a {@code warm} runtime (not null) the exec starts it first, in the background, to wait for the run
     * it serves ({@link WarmRuntime}).
     */
    PreparedExec prepare(SandboxContainer sandbox, WarmRuntime warm) {
        List<String> cmd = warm == null ? List.of("sh", "-c", PREPARED) : warm.preparedCommand(PREPARED);
        return engine.prepareExec(sandbox.containerId(), new ExecRequest(cmd, USER, WORK_DIR, RUN_ENV, OUTPUT_KEPT,
                OUTPUT_KEPT, config.resetTimeout()));
    }

    /**
     * A second prepared exec, for the run of a compiled language after its compile: it leaves its pid in
     * {@link #NEXT_EXEC_PID}, and the compile's script, which ends by killing every other process of the sandbox
     * user, spares it and what it started (no code of the learner has run by then) and says so; the run is fed to it.
     * With a {@code warm} runtime (not null: the run's, in {@link WarmRuntime#RUN_DIR}) it starts that first.
     */
    PreparedExec prepareNext(SandboxContainer sandbox, WarmRuntime warm) {
        String pid = "echo $$ > " + NEXT_EXEC_PID + "\n";
        List<String> cmd = warm == null ? List.of("sh", "-c", pid + PREPARED) : warm.preparedCommand(pid, PREPARED);
        return engine.prepareExec(sandbox.containerId(), new ExecRequest(cmd, USER, WORK_DIR, RUN_ENV,
                OUTPUT_KEPT, OUTPUT_KEPT, config.resetTimeout()));
    }

    /** Puts back the pool's memory limit after a borrower changed it (e.g. to compile under a larger one). */
    void restoreMemory(SandboxContainer sandbox) {
        engine.updateMemory(sandbox.containerId(), config.memoryBytes());
    }

    /** Removes the container, then its volume (which a container being removed may hold a moment longer). */
    public void destroy(SandboxContainer sandbox) {
        engine.remove(sandbox.containerId());
        removeVolume(sandbox.volumeName());
    }

    ContainerSpec spec(Language language, String name, String volume, Map<String, String> labels) {
        return ContainerSpec.builder(language.image())
                .name(name)
                .cmd("sleep", "infinity")
                .init(true)
                .networkDisabled(true)
                .capDrop("ALL")
                .noNewPrivileges(true)
                .readOnlyRootfs(true)
                .memoryBytes(config.memoryBytes())
                .pidsLimit(config.containerPidsLimit())
                .cpus(config.cpus())
                .tmpfs("/tmp", "rw,exec,nosuid,nodev,size=" + config.tmpSize() + ",mode=1777")
                // Root's and sticky like /tmp: the sandbox user fills it but cannot remove the keeper's marker.
                .tmpfs(CACHE_DIR, "rw,exec,nosuid,nodev,size=" + config.cacheSize() + ",mode=1777")
                .volume(volume, WORK_DIR)
                .workingDir(WORK_DIR)
                // A core dump would be written where the host's kernel says (possibly piped to a host program).
                .ulimit("core", 0, 0)
                .ulimit("nofile", OPEN_FILES, OPEN_FILES_MAX)
                // The tmpfs mounts cap what fits in each; this caps every file a process writes, wherever it is.
                .ulimit("fsize", config.largestWritableBytes(), config.largestWritableBytes())
                // The root file system is read-only: tools that want a home or a cache get the writable places.
                .env("HOME=/tmp")
                .env("TMPDIR=/tmp")
                .env("XDG_CACHE_HOME=" + CACHE_DIR)
                .env("GOCACHE=" + CACHE_DIR + "/go-build")
                .labels(labels)
                .runtime(config.runtime())
                .usernsMode(config.usernsMode())
                .build();
    }

    private Map<String, String> labels(Language language) {
        return Labels.withApp(Map.of(Labels.ROLE, ROLE_SANDBOX, Labels.SESSION, config.sessionId(),
                Labels.LANGUAGE, language.id()));
    }

    private void runScript(SandboxContainer sandbox, String user, String script, Duration timeout, String what) {
        ExecRequest request = new ExecRequest(List.of("sh", "-c", script), user, "/", List.of(), OUTPUT_KEPT,
                OUTPUT_KEPT, timeout);
        ExecResult result = engine.exec(sandbox.containerId(), request);
        if (!result.succeeded() || !result.stdoutText().strip().endsWith(SandboxScripts.CLEAN)) {
            throw new SandboxException("The " + what + " of " + sandbox.name() + " failed: " + describe(result));
        }
    }

    private static String describe(ExecResult result) {
        String how = result.timedOut() ? "timed out after " + result.elapsed().toMillis() + " ms"
                : result.exitCode() == null ? "no exit code" : "exit code " + result.exitCode();
        String err = result.stderrText().strip();
        return err.isEmpty() ? how : how + ": " + err;
    }

    /** Removes a volume, retrying while a container that is being removed still holds it. */
    void removeVolume(String volume) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                engine.removeVolume(volume);
                return;
            } catch (RuntimeException e) {
                last = e;
                sleep(100L * (attempt + 1));
            }
        }
        throw last;
    }

    private void removeQuietly(String containerId, String volume) {
        try {
            if (containerId != null) {
                engine.remove(containerId);
            }
            removeVolume(volume);
        } catch (RuntimeException e) {
            LOG.warn("could not remove the half-made sandbox {} / {}", containerId, volume, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
