package dev.codedrill.docker;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One command to run in a container.
 *
 * @param user        who runs it ("65534" or "65534:65534"); past the deadline every process of this user is killed,
 *                    so it must not be root
 * @param stdoutLimit bytes of stdout kept; more than that stops the command (the flood is drained, not buffered)
 * @param stderrLimit the same for stderr
 * @param timeout     wall-clock deadline for the whole command
 */
public record ExecRequest(List<String> cmd, String user, String workDir, List<String> env, int stdoutLimit,
                          int stderrLimit, Duration timeout) {

    public static final int DEFAULT_LIMIT = 64 * 1024;

    public ExecRequest {
        cmd = List.copyOf(Objects.requireNonNull(cmd, "cmd"));
        if (cmd.isEmpty()) {
            throw new IllegalArgumentException("cmd must not be empty");
        }
        if (user == null || user.isBlank() || isRoot(user)) {
            throw new IllegalArgumentException("exec user must be a non-root user, not '" + user + "'");
        }
        env = List.copyOf(env == null ? List.of() : env);
        if (stdoutLimit < 0 || stderrLimit < 0) {
            throw new IllegalArgumentException("output limits must not be negative");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** A request with the default output limits. */
    public static ExecRequest of(String user, Duration timeout, String... cmd) {
        return new ExecRequest(List.of(cmd), user, null, List.of(), DEFAULT_LIMIT, DEFAULT_LIMIT, timeout);
    }

    public ExecRequest withLimits(int stdout, int stderr) {
        return new ExecRequest(cmd, user, workDir, env, stdout, stderr, timeout);
    }

    public ExecRequest withWorkDir(String dir) {
        return new ExecRequest(cmd, user, dir, env, stdoutLimit, stderrLimit, timeout);
    }

    public ExecRequest withEnv(List<String> newEnv) {
        return new ExecRequest(cmd, user, workDir, newEnv, stdoutLimit, stderrLimit, timeout);
    }

    static boolean isRoot(String user) {
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        return name.equals("root") || name.equals("0");
    }
}
