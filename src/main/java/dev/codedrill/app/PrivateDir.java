package dev.codedrill.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder only its owner may read: the data dir, which holds the history (everything a learner wrote) and the
 * private daemon's client key. On a shared lab machine the other users must not read either.
 */
final class PrivateDir {

    private PrivateDir() {
    }

    /** Creates {@code dir} (and its missing parents) readable by the user alone (0700 where POSIX applies). */
    static void ensure(Path dir) {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir); // Windows: the user's profile folder is private already
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dir, e);
        }
    }
}
