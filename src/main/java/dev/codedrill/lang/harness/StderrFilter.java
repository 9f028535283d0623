package dev.codedrill.lang.harness;

/**
 * A shell run (POSIX sh) whose stderr goes through a filter and keeps only its last {@value #TAIL_BYTES} bytes, for a
 * runtime whose fatal errors print a long backtrace after the message the judge reads from the tail of stderr.
 *
 * <p>The run's commands execute in the shell itself, not in a subshell of a pipeline: the shell is the parent of the
 * learner's process and its exit status is the run's. Code that kills its parent process then kills this shell, and
 * the judge sees the signal (were the commands a subshell of a pipeline, the pipeline would end normally after it,
 * with the last command's status, and a killed run would pass for a finished one). The filter reads a fifo in the
 * background and the shell waits for it before exiting, so the stderr it keeps is all written when the run ends.
 */
public final class StderrFilter {

    /** How much of the end of the filtered stderr is kept: where the judge looks for the error. */
    public static final int TAIL_BYTES = 16384;
    private static final String FIFO = ".stderr.fifo";

    private StderrFilter() {
    }

    /**
     * The script: {@code commands} (a list that sets the shell variable {@code code} to the run's exit status) with
     * stdout discarded and stderr through {@code filter} (a command reading its stdin), then the exit with that status.
     */
    public static String around(String commands, String filter) {
        return "rm -f " + FIFO + "; mkfifo " + FIFO + " || exit 125; code=125; "
                + filter + " < " + FIFO + " | tail -c " + TAIL_BYTES + " >&2 & "
                + "{ " + commands + "; } 2> " + FIFO + " > /dev/null; wait; exit $code";
    }
}
