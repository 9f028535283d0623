package dev.codedrill.docker;

import java.time.Duration;

/**
 * A command started ahead of time with its stdin attached, waiting to be fed (see
 * {@link DockerEngine#prepareExec}): what an exec costs to create and start (~100-150 ms through a TLS daemon on a
 * busy machine) is paid before the input that it waits for exists.
 */
public interface PreparedExec extends AutoCloseable {

    /** Still waiting for its input: not fed yet, its process has not ended and its stream is open. */
    boolean waiting();

    /**
     * Writes {@code input} to the command's stdin and waits for the command to end, with the same rules as
     * {@link DockerEngine#exec}: stdout and stderr kept up to their limits (past one, or past the deadline, every
     * process of the exec's user is killed). Can be fed once.
     */
    ExecResult feed(byte[] input, int stdoutLimit, int stderrLimit, Duration timeout);

    /**
     * For a command that does some work before it waits for its input (a reset): waits until it has printed
     * {@code line} as a line of its stdout, then forgets all it printed so far, so that {@link #feed}'s result holds
     * only what comes after. Empty when the line came: the command waits for its input. Otherwise the command's result
     * as {@link DockerEngine#exec} would give it: it ended without the line, passed an output limit, or did not print
     * it within {@code timeout} (then every process of the exec's user is killed, and the result says it timed out);
     * it can no longer be fed.
     */
    java.util.Optional<ExecResult> awaitLine(String line, Duration timeout);

    /** Lets go of the stream (and its threads); the command, if it still waits, reads end-of-input and ends. */
    @Override
    void close();
}
