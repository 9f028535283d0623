package dev.codedrill.pack;

import dev.codedrill.authoring.Folders;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.BrokenProblem;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code pack export DIR FILE.zip}: every problem of a folder, with a {@code pack.json}, in one zip that
 * {@code pack import} takes. A folder with a broken problem is not exported (its faults are listed), so a pack that
 * leaves an author's hands always loads.
 */
public final class PackExporter {

    /** What was written. */
    public record Exported(Path zip, PackManifest manifest, List<String> problemIds, int files, long bytes) {
    }

    private PackExporter() {
    }

    /**
     * @param name    the pack's name, or null for the folder's {@code pack.json}'s, else the folder's own name
     * @param version the pack's version, or null for the folder's {@code pack.json}'s, else "1"
     */
    public static Exported export(Path dir, Path zip, String name, String version) throws PackException {
        Path folder = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new PackException(folder + " is not a folder: name the folder that holds the pack's problems.");
        }
        if (Files.isRegularFile(folder.resolve("problem.json"))) {
            throw new PackException(folder + " is one problem's folder: name the folder that holds the pack's"
                    + " problems (" + folder.getParent() + "), or move the problem into a folder of its own.");
        }
        PackManifest manifest = manifest(folder, name, version);
        ProblemLibrary library = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(folder));
        if (!library.broken().isEmpty()) {
            throw new PackException(library.broken().size() + " of the problems in " + folder + " do not load: fix them"
                    + " (codedrill check lists them too) and export again. Nothing was written.",
                    library.broken().stream().map(BrokenProblem::describe).toList());
        }
        if (library.problems().isEmpty()) {
            throw new PackException(folder + " holds no problems (folders with a problem.json): make one with"
                    + " codedrill new ID --dir " + folder + ".");
        }
        return write(folder, zip.toAbsolutePath().normalize(), manifest, library.problems());
    }

    private static PackManifest manifest(Path folder, String name, String version) throws PackException {
        PackManifest own = Files.isRegularFile(folder.resolve(PackManifest.FILE))
                ? PackManifest.read(folder.resolve(PackManifest.FILE)) : null;
        String packName = name != null ? name : own != null ? own.name()
                : folder.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", "");
        String packVersion = version != null ? version : own != null ? own.version() : "1";
        String fault = PackManifest.nameFault(packName);
        if (fault != null) {
            throw new PackException("'" + packName + "' cannot name a pack: " + fault + ". Give one with --name.");
        }
        fault = PackManifest.versionFault(packVersion);
        if (fault != null) {
            throw new PackException("'" + packVersion + "' cannot be a version: " + fault + ".");
        }
        return new PackManifest(packName, packVersion);
    }

    private static Exported write(Path folder, Path zip, PackManifest manifest, List<Problem> problems)
            throws PackException {
        Path parent = zip.getParent();
        Path partial = null;
        try {
            Files.createDirectories(parent);
            partial = Files.createTempFile(parent, "." + zip.getFileName(), ".partial");
            int files = 1;
            long bytes = 0;
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
                out.putNextEntry(new ZipEntry(PackManifest.FILE));
                out.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
                for (Problem problem : problems) {
                    for (Path file : files(problem.dir())) {
                        String entry = folder.relativize(file).toString().replace('\\', '/');
                        out.putNextEntry(new ZipEntry(entry));
                        bytes += Files.copy(file, out);
                        out.closeEntry();
                        files++;
                    }
                }
            }
            if (files > ZipLimits.DEFAULT.maxEntries() || bytes > ZipLimits.DEFAULT.maxTotalBytes()) {
                throw new PackException("The pack would hold " + files + " files and " + (bytes >> 20) + " MB, more"
                        + " than an import takes (" + ZipLimits.DEFAULT.maxEntries() + " files, "
                        + (ZipLimits.DEFAULT.maxTotalBytes() >> 20) + " MB): split it into smaller packs.");
            }
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Exported(zip, manifest, problems.stream().map(Problem::id).toList(), files, bytes);
        } catch (IOException e) {
            throw new PackException(zip + " could not be written (" + e.getMessage() + ").", e);
        } finally {
            if (partial != null) {
                Folders.deleteQuietly(partial);
            }
        }
    }

    /** A problem's files, in a stable order: plain files only (no links), none whose name starts with a dot. */
    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !dir.relativize(p).toString().matches("(.*/)?\\..*"))
                    .sorted().toList();
        }
    }
}
