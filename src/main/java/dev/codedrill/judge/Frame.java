package dev.codedrill.judge;

import dev.codedrill.docker.ExecResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report a {@link RunScript} leaves at the end of its exec's stdout:
 * <pre>
 * \n@@NONCE NAME\n BYTES…  (any number of sections)
 * \n@@NONCE end KEY=VALUE KEY=VALUE\n
 * </pre>
 * The nonce is read from the last line; a section's bytes run up to the next {@code \n@@NONCE }. Everything before the
 * first marker is whatever the learner's code wrote to the exec's stdout, and ignored: the script writes the report
 * only after that code is dead, with a nonce drawn then, so no earlier byte can carry it.
 */
record Frame(Map<String, byte[]> sections, Map<String, String> fields) {

    /**
     * The report of a script's exec, or null when there is none that can be trusted: the script ends with exit code 0
     * right after writing it, so an exec that ended otherwise (killed at its deadline, for a flood, or by the code)
     * did not write it, and what looks like one was written by the code.
     */
    static Frame of(ExecResult exec) {
        if (exec.exitCode() == null || exec.exitCode() != 0 || exec.timedOut() || exec.outputCapped()) {
            return null;
        }
        return parse(exec.stdout());
    }

    /** The report at the end of {@code stdout}, or null when there is none (the script did not get to write it). */
    static Frame parse(byte[] stdout) {
        int end = stdout.length;
        if (end < 2 || stdout[end - 1] != '\n') {
            return null;
        }
        int lineStart = lastIndexOf(stdout, (byte) '\n', end - 2) + 1;
        String last = new String(stdout, lineStart, end - 1 - lineStart, StandardCharsets.UTF_8);
        if (!last.startsWith("@@") || lineStart == 0) {
            return null;
        }
        String[] words = last.substring(2).split(" ");
        if (words.length < 2 || !words[1].equals("end") || words[0].length() < 16) {
            return null;
        }
        byte[] marker = ("\n@@" + words[0] + " ").getBytes(StandardCharsets.UTF_8);
        Map<String, String> fields = new HashMap<>();
        for (int i = 2; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq > 0) {
                fields.put(words[i].substring(0, eq), words[i].substring(eq + 1));
            }
        }
        Map<String, byte[]> sections = new LinkedHashMap<>();
        int at = indexOf(stdout, marker, 0);
        int endMarker = lineStart - 1; // the '\n' that starts the end line
        while (at >= 0 && at < endMarker) {
            int nameStart = at + marker.length;
            int eol = indexOf(stdout, new byte[] {'\n'}, nameStart);
            if (eol < 0) {
                return null;
            }
            String name = new String(stdout, nameStart, eol - nameStart, StandardCharsets.UTF_8);
            int next = indexOf(stdout, marker, eol + 1);
            if (next < 0) {
                return null;
            }
            sections.put(name, Arrays.copyOfRange(stdout, eol + 1, next));
            at = next;
        }
        return new Frame(sections, fields);
    }

    byte[] section(String name) {
        return sections.get(name);
    }

    String text(String name) {
        byte[] bytes = sections.get(name);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    /** An integer field, or {@code otherwise} when it is missing or not a number. */
    long number(String key, long otherwise) {
        try {
            return Long.parseLong(fields.getOrDefault(key, ""));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Whether the memory cgroup's OOM killer struck during the step; null when the counter is not readable. */
    Boolean oomKilled() {
        return grew("oom");
    }

    /**
     * Whether the run hit its memory limit (the memory cgroup's count of allocations refused at the limit grew): a
     * run stopped for time while it did was out of memory, thrashing at the limit, rather than slow. Null when the
     * count is not readable.
     */
    Boolean memoryLimitHit() {
        return grew("memhit");
    }

    private Boolean grew(String field) {
        String[] counts = fields.getOrDefault(field, "").split(":");
        if (counts.length != 2) {
            return null;
        }
        try {
            return Long.parseLong(counts[1]) > Long.parseLong(counts[0]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int lastIndexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
