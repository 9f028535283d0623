package dev.codedrill.pack;

import dev.codedrill.authoring.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A problem made from another format (a Kattis package, Exercism's canonical data), installed as a pack of its own
 * with {@link PackStore#importPack}, so that it is validated, refused and removed as any pack is.
 *
 * @param imported what the store did
 * @param notes    what of the source could not be mapped, and why
 */
public record ImportedPack(PackStore.Imported imported, List<String> notes) {

    /** Exports {@code folder} (problem folders) as the pack NAME and imports it into {@code store}. */
    public static ImportedPack install(Path folder, String name, List<String> notes, PackStore store, List<Path> otherRoots)
            throws PackException {
        Path zip = null;
        try {
            zip = Files.createTempDirectory("codedrill-import-");
            PackExporter.export(folder, zip.resolve(name + ".zip"), name, "1");
            return new ImportedPack(store.importPack(zip.resolve(name + ".zip"), otherRoots), List.copyOf(notes));
        } catch (IOException e) {
            throw new PackException("The imported problem could not be written (" + e.getMessage() + ").", e);
        } finally {
            Folders.deleteQuietly(zip);
        }
    }

    /** A problem id made of a name: lowercase words joined by hyphens, or an error that says so. */
    public static String id(String name, String what) throws PackException {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.isEmpty() || id.length() > 60) {
            throw new PackException("'" + name + "' (" + what + ") cannot be made into a problem id: rename it to"
                    + " lowercase words joined by hyphens.");
        }
        return id;
    }
}
