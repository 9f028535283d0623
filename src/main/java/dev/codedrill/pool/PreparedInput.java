package dev.codedrill.pool;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a prepared exec ({@link SandboxFactory#prepare}) reads: a block of {@link #BLOCK} bytes holding its script, then
 * whatever the script reads of stdin itself (a run's files). The exec starts the {@code head} that reads the block
 * while it waits, so a submission does not wait for that process to start: a fixed size is what lets it start early.
 *
 * <p>A script that fits is padded with newlines, which the shell's command substitution drops. A longer one is sent
 * after the block, which then holds a script that reads it ({@code head -c LENGTH}) and runs it. The script runs in
 * the exec's own shell, after what that shell ran before it waited (a reset, a warm runtime's start), whose variables
 * and functions it may find: the judge's scripts set each one they use. An exec whose input
 * ends before a script came runs an empty one, and ends.
 */
public final class PreparedInput {

    /**
     * The block's size: a run's script is 5–8 KB, and up to ~40 KB with the small text files it writes itself (two-sum
     * in Python: 27 KB). Padding it costs a copy of newlines through a local stream, no process.
     */
    static final int BLOCK = 64 * 1024;
    /** The prepared exec's own command: read the block, run it (POSIX sh). */
    public static final String COMMAND = reader(BLOCK);

    private PreparedInput() {
    }

    /** {@code script}, then {@code after} (read by the script from its stdin; empty for none). */
    public static byte[] of(String script, byte[] after) {
        byte[] body = script.getBytes(StandardCharsets.UTF_8);
        boolean fits = body.length <= BLOCK;
        byte[] block = fits ? body : reader(body.length).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream input = new ByteArrayOutputStream(BLOCK + body.length + after.length);
        input.writeBytes(block);
        input.writeBytes("\n".repeat(BLOCK - block.length).getBytes(StandardCharsets.US_ASCII));
        if (!fits) {
            input.writeBytes(body);
        }
        input.writeBytes(after);
        return input.toByteArray();
    }

    /**
     * A script that reads the next {@code length} bytes of stdin as a script and runs it in the same shell: with
     * {@code eval}, not {@code sh -c}, so no process starts, and the script (with the files it writes: a learner's
     * source, a test's input) never becomes a process's arguments, which the learner's code could read with
     * {@code ps}.
     */
    private static String reader(int length) {
        return "s=$(head -c " + length + ") || exit 0; eval \"$s\"";
    }
}
