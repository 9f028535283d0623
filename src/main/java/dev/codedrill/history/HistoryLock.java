package dev.codedrill.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Exclusive ownership of a history, held while a store is open.
 *
 * <p>H2's own file lock does not do this: inside one JVM it lets a second store share the open database, and that
 * store would then mark the first one's pending submissions interrupted. An OS lock on a file of our own covers
 * both cases and lets the loser say who holds the history. The lock is on a byte far past the owner text because
 * Windows locks are mandatory and would otherwise stop the loser reading it.
 */
final class HistoryLock implements AutoCloseable {

    private static final long LOCKED_BYTE = 1L << 30;

    private final FileChannel channel;
    private final FileLock lock;

    private HistoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static HistoryLock acquire(Path lockFile, Path databaseFile) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String owner = readOwner(channel);
                channel.close();
                throw new HistoryInUseException(databaseFile, owner, null);
            }
            writeOwner(channel);
            return new HistoryLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new HistoryException("Cannot lock the history " + databaseFile + " (" + lockFile + "): " + e, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(LOCKED_BYTE, 1, false);
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static void writeOwner(FileChannel channel) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String owner = "process " + self.pid() + " on " + hostName() + ", since " + Instant.now();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static String readOwner(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(512);
            int read = channel.read(buffer, 0);
            return read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static String hostName() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("COMPUTERNAME");
        }
        return name == null || name.isBlank() ? "this machine" : name;
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the original failure is the one worth reporting
        }
    }

    @Override
    public synchronized void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the history lock", e);
        }
    }
}
