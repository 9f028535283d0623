package dev.codedrill.docker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * How a command ended.
 *
 * @param exitCode        the exit code, or null when the engine could not tell (the command was killed and
 *                        its stream abandoned)
 * @param timedOut        the deadline passed and the user's processes were killed
 * @param stdoutTruncated stdout went past its limit (the command was stopped)
 * @param stderrTruncated stderr went past its limit (the command was stopped)
 */
public record ExecResult(Integer exitCode, byte[] stdout, byte[] stderr, boolean stdoutTruncated,
                         boolean stderrTruncated, boolean timedOut, Duration elapsed) {

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    public boolean outputCapped() {
        return stdoutTruncated || stderrTruncated;
    }

    public boolean succeeded() {
        return exitCode != null && exitCode == 0 && !timedOut && !outputCapped();
    }
}
