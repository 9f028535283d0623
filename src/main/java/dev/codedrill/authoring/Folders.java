package dev.codedrill.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.nio.file.LinkOption;

/** Folder chores that the scaffold and the packs share. */
public final class Folders {

    private Folders() {
    }

    /**
     * Deletes a folder and all in it, as far as it can: what is left behind is a staging folder whose name starts
     * with a dot, which the loader ignores.
     */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // left behind: hidden, and ignored by the loader
        }
    }
}
