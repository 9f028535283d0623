package dev.codedrill.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real full disk: a small tmpfs mounted on a folder and filled to the last byte, so that writing there fails with
 * "No space left on device". Needs root (CI runs as root); a test using it fails, never skips, when it cannot mount.
 * {@link #close()} unmounts it.
 */
public final class FullDisk implements AutoCloseable {

    private final Path mountPoint;

    private FullDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kilobytes} on {@code mountPoint} (made if missing); fill it with {@link #fill()}. */
    public static FullDisk mount(Path mountPoint, int kilobytes) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        run(List.of("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "codedrill-full-disk",
                mountPoint.toString()));
        return new FullDisk(mountPoint);
    }

    public Path dir() {
        return mountPoint;
    }

    /** Writes a filler file until the disk has no byte left. */
    public FullDisk fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(mountPoint.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left on device")) {
                throw full;
            }
        }
        return this;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of("umount", mountPoint.toString()));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in 30 s");
        }
        String output = new String(p.getInputStream().readAllBytes()).strip();
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + output
                    + " — the disk-full tests need root (CI runs as root)");
        }
    }
}
