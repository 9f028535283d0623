package dev.codedrill.judge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiled artifacts (a tar of the binary or class files) by a hash of everything that went into them: the
 * language, the compile command, the artifacts' names and every source file (the learner's and the harness). Running
 * unchanged code again ships the artifacts into the sandbox and skips the compiler. Bounded by entries and bytes,
 * least recently used out first; in memory, per {@link Judge}.
 */
public final class CompileCache {

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    public CompileCache(int maxEntries, long maxBytes) {
        if (maxEntries < 0 || maxBytes < 0) {
            throw new IllegalArgumentException("the compile cache's bounds must not be negative");
        }
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The key of a compile: SHA-256 over its inputs, each length-prefixed so that no two inputs share one. */
    public static String key(String languageId, List<String> compile, List<String> artifacts, Map<String, byte[]> sources) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update(sha, languageId.getBytes(StandardCharsets.UTF_8));
        update(sha, String.join("\0", compile).getBytes(StandardCharsets.UTF_8));
        update(sha, String.join("\0", artifacts).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> file : new TreeMap<>(sources).entrySet()) {
            update(sha, file.getKey().getBytes(StandardCharsets.UTF_8));
            update(sha, file.getValue());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, byte[] part) {
        sha.update(Long.toString(part.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(part);
    }

    public synchronized byte[] get(String key) {
        byte[] found = entries.get(key);
        if (found == null) {
            misses++;
        } else {
            hits++;
        }
        return found;
    }

    /** Keeps the artifacts, dropping the least recently used entries past the bounds; too large ones are not kept. */
    public synchronized void put(String key, byte[] artifacts) {
        if (artifacts.length > maxBytes || maxEntries == 0) {
            return;
        }
        byte[] old = entries.put(key, artifacts);
        bytes += artifacts.length - (old == null ? 0 : old.length);
        Iterator<Map.Entry<String, byte[]>> eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            Map.Entry<String, byte[]> e = eldest.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            bytes -= e.getValue().length;
            eldest.remove();
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }
}
