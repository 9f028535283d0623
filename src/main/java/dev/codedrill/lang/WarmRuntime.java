package dev.codedrill.lang;

import dev.codedrill.lang.harness.Templates;
import java.util.List;

/**
 * A language's runtime started before it is needed: the pool starts it in each warm container (in the prepared exec,
 * before that exec waits for its script), it loads what every run loads and waits; the run that follows hands it
 * its work dir and it runs the harness in the process already started, saving the interpreter's start. It serves one
 * run, then the container is reset as always (which kills it when it was not used), so nothing of one submission
 * reaches another. Without it (a cold container, an engine that prepares no execs) the run starts the command as usual.
 *
 * <p>A compiled language may have a second one, for the run after the compile ({@link #RUN_DIR}: Java's JVM), which
 * the pool starts in the run's own prepared exec and the compile's script spares with it.
 *
 * @param dir     the runtime's folder in the sandbox ({@link #DIR} or {@link #RUN_DIR}), made by the starter: its
 *                fifos, and what the runtime keeps of its own
 * @param serves  the run command it stands in for, exactly (e.g. {@code python3 -u harness.py})
 * @param command the runtime's own command: it reads the run's work dir from the fifo {@code dir/go}, then does what
 *                {@code serves} does there
 */
public record WarmRuntime(String dir, List<String> serves, List<String> command) {

    /** The folder of the runtime of a submission's first exec: an interpreter, or a compiled language's compiler. */
    public static final String DIR = "/tmp/.codedrill-warm";
    /** The folder of the runtime of a compiled language's run, after its compile. */
    public static final String RUN_DIR = "/tmp/.codedrill-warm-run";
    /** The file the run commands go through ({@link #client}), shipped with the run's files. */
    public static final String CLIENT_FILE = "warm_run.sh";
    /** The scripts, read once: every harness ships the client, every reset of a warm container runs the starter. */
    private static final String CLIENT = Templates.resource(CLIENT_FILE);
    private static final String STARTER = Templates.resource("warm_start.sh");

    public WarmRuntime {
        if (!dir.equals(DIR) && !dir.equals(RUN_DIR)) {
            throw new IllegalArgumentException("the client looks for a warm runtime only in " + DIR + " and " + RUN_DIR
                    + ", not in " + dir);
        }
        serves = List.copyOf(serves);
        command = List.copyOf(command);
    }

    /** A runtime of a submission's first exec ({@link #DIR}). */
    public WarmRuntime(List<String> serves, List<String> command) {
        this(DIR, serves, command);
    }

    /** {@code run} through the client: in the warm runtime when one waits for exactly it, else as usual. */
    public static List<String> through(List<String> run) {
        List<String> through = new java.util.ArrayList<>(List.of("sh", CLIENT_FILE));
        through.addAll(run);
        return through;
    }

    /**
     * {@code run} through the client given inline ({@code sh -c CLIENT sh RUN…}), for a run that ships no file of its
     * own: a stdio program's compile.
     */
    public static List<String> throughInline(List<String> run) {
        List<String> through = new java.util.ArrayList<>(List.of("sh", "-c", CLIENT, "sh"));
        through.addAll(run);
        return through;
    }

    /** The client script ({@code warm_run.sh}). */
    public static String client() {
        return CLIENT;
    }

    /**
     * The prepared exec's command with this runtime started first:
     * {@code sh -c STARTER+PREPARED sh DIR SERVES COMMAND...}.
     */
    public List<String> preparedCommand(String prepared) {
        return preparedCommand("", prepared);
    }

    /** The same, with {@code before} (shell commands) run before the runtime is started. */
    public List<String> preparedCommand(String before, String prepared) {
        List<String> argv = new java.util.ArrayList<>(List.of("sh", "-c", before + STARTER + prepared,
                "sh", dir, String.join(" ", serves)));
        argv.addAll(command);
        return argv;
    }
}
