package dev.codedrill.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Builds the one tar that carries a run's files into a container, owned by the sandbox user. */
public final class Tar {

    private record Entry(byte[] content, int mode) {
    }

    private final Map<String, Entry> files = new LinkedHashMap<>();
    private final java.util.Set<String> dirs = new java.util.TreeSet<>();
    private final int uid;

    private Tar(int uid) {
        this.uid = uid;
    }

    public static Tar ownedBy(int uid) {
        return new Tar(uid);
    }

    public Tar file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public Tar file(String name, byte[] content) {
        return file(name, content, 0644);
    }

    /** A file with the given permission bits (0755 for a program). */
    public Tar file(String name, byte[] content, int mode) {
        checkInside(name);
        files.put(name, new Entry(content, mode));
        return this;
    }

    /**
     * A folder, owned by the sandbox user like the rest, even when no file goes in it (the folders of the files get
     * entries of their own anyway): unpacking it saves a script a {@code mkdir} of its own.
     */
    public Tar directory(String name) {
        checkInside(name);
        dirs.add(name.endsWith("/") ? name : name + "/");
        return this;
    }

    private static void checkInside(String name) {
        if (name.startsWith("/") || name.contains("..")) {
            throw new IllegalArgumentException("tar entries are relative and stay inside: " + name);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            // Folders get entries of their own: else the engine makes them as root, and the sandbox user could
            // neither write in them nor empty them afterwards.
            java.util.Set<String> dirs = new java.util.TreeSet<>(this.dirs);
            for (String name : files.keySet()) {
                for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                    dirs.add(name.substring(0, slash + 1));
                }
            }
            for (String dir : dirs) {
                TarArchiveEntry entry = new TarArchiveEntry(dir);
                entry.setMode(040755);
                entry.setIds(uid, uid);
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            }
            for (Map.Entry<String, Entry> f : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(f.getKey());
                entry.setSize(f.getValue().content().length);
                entry.setMode(f.getValue().mode());
                entry.setIds(uid, uid);
                tar.putArchiveEntry(entry);
                tar.write(f.getValue().content());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
