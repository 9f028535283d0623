package dev.codedrill.problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a problem's {@code submissions/} folder: one folder per expected verdict, each holding programs whose
 * extension names their language (docs/architecture.md#kept-submissions). Hidden files ({@code .gitkeep}) are
 * skipped; anything else that does not fit is a fault naming the file.
 */
final class KeptSubmissions {

    static final String FOLDER = "submissions";

    private final Map<String, String> languageByExtension;

    /** @param languageByExtension file extension without the dot → language id ({@code py} → {@code python}) */
    KeptSubmissions(Map<String, String> languageByExtension) {
        this.languageByExtension = Map.copyOf(languageByExtension);
    }

    List<KeptSubmission> read(Path problemDir) throws ProblemFault {
        Path root = problemDir.resolve(FOLDER);
        if (!Files.exists(root)) {
            return List.of();
        }
        if (!Files.isDirectory(root)) {
            throw new ProblemFault(root, "", "must be a folder of verdict folders (" + verdictFolders() + ")");
        }
        List<KeptSubmission> kept = new ArrayList<>();
        for (Path folder : visibleEntries(root)) {
            String name = folder.getFileName().toString();
            KeptVerdict expected = KeptVerdict.ofFolder(name).orElseThrow(() -> new ProblemFault(folder, "",
                    "unknown verdict folder '" + name + "' (expected one of " + verdictFolders() + ")"));
            if (!Files.isDirectory(folder)) {
                throw new ProblemFault(folder, "", "must be a folder of programs, not a file");
            }
            for (Path file : visibleEntries(folder)) {
                kept.add(new KeptSubmission(expected, language(file), file));
            }
        }
        return kept;
    }

    private String language(Path file) throws ProblemFault {
        if (!Files.isRegularFile(file)) {
            throw new ProblemFault(file, "", "must be a program file, not a folder");
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        String language = languageByExtension.get(extension);
        if (language == null) {
            throw new ProblemFault(file, "", (extension.isEmpty() ? "no extension" : "unknown extension '."
                    + extension + "'") + ": the extension names the program's language (" + knownExtensions() + ")");
        }
        return language;
    }

    private static List<Path> visibleEntries(Path dir) throws ProblemFault {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new ProblemFault(dir, "", "unreadable folder");
        }
    }

    private static String verdictFolders() {
        return String.join(", ", KeptVerdict.folders());
    }

    private String knownExtensions() {
        return String.join(", ", languageByExtension.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "." + e.getKey() + " " + e.getValue()).toList());
    }
}
