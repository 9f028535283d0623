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

    private final Map<String, byte[]> files = new LinkedHashMap<>();
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
        if (name.startsWith("/") || name.contains("..")) {
            throw new IllegalArgumentException("tar entries are relative and stay inside: " + name);
        }
        files.put(name, content);
        return this;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(f.getKey());
                entry.setSize(f.getValue().length);
                entry.setMode(0644);
                entry.setIds(uid, uid);
                tar.putArchiveEntry(entry);
                tar.write(f.getValue());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
