package dev.codedrill.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One lock file per running session in the data dir. A session's containers are this installation's when its lock
 * file is here, and orphans when nobody holds that lock any more (the app that made them crashed or was killed).
 * Another user's sessions, or another data dir's, have no file here and are never touched.
 */
public final class SessionLocks {

    /** Locks this JVM holds, by file: a second hold of the same session returns the first. */
    private static final Map<Path, Held> HELD = new ConcurrentHashMap<>();

    private final Path dir;

    public SessionLocks(Path dir) {
        this.dir = dir;
    }

    /** A held session lock; closing it releases and deletes the file (a clean exit leaves nothing behind). */
    public static final class Held implements AutoCloseable {
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(Path file, FileChannel channel, FileLock lock) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            if (HELD.remove(file, this)) {
                try {
                    lock.release();
                    channel.close();
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // the lock goes with the process anyway
                }
            }
        }
    }

    public Held hold(String sessionId) {
        Path file = file(sessionId);
        return HELD.computeIfAbsent(file, f -> {
            try {
                Files.createDirectories(dir);
                FileChannel channel = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                return new Held(f, channel, channel.lock());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + f, e);
            }
        });
    }

    /** Whether the session was started from this data dir. */
    public boolean isMine(String sessionId) {
        return Files.exists(file(sessionId));
    }

    /** Whether some process (this one included) still holds the session's lock. */
    public boolean isAlive(String sessionId) {
        Path file = file(sessionId);
        if (HELD.containsKey(file)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a dead session's lock file once its containers are gone. */
    public void forget(String sessionId) {
        try {
            Files.deleteIfExists(file(sessionId));
        } catch (IOException e) {
            // a stale file is harmless: the next sweep finds the session dead again
        }
    }

    private Path file(String sessionId) {
        if (!sessionId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("not a session id: " + sessionId);
        }
        return dir.resolve(sessionId + ".lock");
    }
}
