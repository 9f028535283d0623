package dev.codedrill.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of a bundled problem under another id (and title), for tests that need a pack of real problems. */
public final class BundledProblemCopy {

    private BundledProblemCopy() {
    }

    /** Copies problems/a-plus-b to {@code folder/id}, its id (and title, when not null) changed. */
    public static Path aPlusB(Path folder, String id, String title) throws IOException {
        Path source = Path.of("problems/a-plus-b").toAbsolutePath();
        Path target = folder.resolve(id);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path json = target.resolve("problem.json");
        String text = Files.readString(json).replace("\"a-plus-b\"", "\"" + id + "\"");
        Files.writeString(json, title == null ? text : text.replace("\"A Plus B\"", "\"" + title + "\""));
        return target;
    }
}
