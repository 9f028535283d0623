package dev.codedrill.pack;

import dev.codedrill.authoring.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Unpacks a zip that came from someone else into a new folder, and refuses, writing nothing, a zip whose entries
 * would land outside it (an absolute path, {@code ..}), that holds links or other special files, or that unpacks to
 * more than {@link ZipLimits} allow. The entries are looked at before anything is written; the sizes a zip declares
 * can lie, so the bytes are also counted as they are written, and a folder half written is deleted.
 */
public final class SafeUnzip {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFDIR = 0040000;
    private static final int FAULTS_SHOWN = 10;

    private SafeUnzip() {
    }

    /** Unpacks {@code zip} into {@code target}, which must not exist yet. */
    public static void extract(Path zip, Path target, ZipLimits limits) throws PackException {
        try (ZipFile file = open(zip)) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntriesInPhysicalOrder());
            check(zip, entries, limits);
            Files.createDirectories(target.getParent());
            Files.createDirectory(target);
            try {
                write(zip, file, entries, target, limits);
            } catch (PackException | IOException | RuntimeException e) {
                Folders.deleteQuietly(target);
                throw e;
            }
        } catch (IOException e) {
            throw new PackException(zip + " could not be unpacked (" + e.getMessage() + "). Nothing was written.", e);
        }
    }

    private static ZipFile open(Path zip) throws PackException {
        if (!Files.isRegularFile(zip)) {
            throw new PackException(zip + " does not exist or is not a file.");
        }
        try {
            return ZipFile.builder().setPath(zip).get();
        } catch (IOException | RuntimeException e) {
            throw new PackException(zip + " is not a zip file, or it is damaged: make the pack again with"
                    + " codedrill pack export. Nothing was written.", e);
        }
    }

    private static void check(Path zip, List<ZipArchiveEntry> entries, ZipLimits limits) throws PackException {
        if (entries.size() > limits.maxEntries()) {
            throw new PackException(zip + " holds " + entries.size() + " entries, more than the " + limits.maxEntries()
                    + " a pack may hold: it looks like a zip bomb, or not a pack. Nothing was written.");
        }
        List<String> faults = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long declared = 0;
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName();
            Optional<String> fault = nameFault(name).or(() -> typeFault(entry));
            if (fault.isEmpty() && !names.add(stripSlash(name))) {
                fault = Optional.of("appears twice");
            }
            fault.ifPresent(f -> faults.add("the entry '" + printable(name) + "' " + f));
            if (entry.getSize() > limits.maxFileBytes()) {
                faults.add("the entry '" + printable(name) + "' unpacks to " + megabytes(entry.getSize())
                        + ", more than the " + megabytes(limits.maxFileBytes()) + " one file of a pack may hold");
            }
            declared += Math.max(0, entry.getSize());
        }
        if (declared > limits.maxTotalBytes()) {
            faults.add("the pack unpacks to " + megabytes(declared) + ", more than the " + megabytes(limits.maxTotalBytes())
                    + " a pack may hold");
        }
        if (!faults.isEmpty()) {
            List<String> shown = faults.size() > FAULTS_SHOWN ? new ArrayList<>(faults.subList(0, FAULTS_SHOWN))
                    : faults;
            if (faults.size() > FAULTS_SHOWN) {
                shown.add("… and " + (faults.size() - FAULTS_SHOWN) + " more");
            }
            throw new PackException(zip + " is not a safe pack: " + faults.size() + (faults.size() == 1 ? " entry" :
                    " entries") + " would write outside the pack, is not a plain file or is too large. Nothing was"
                    + " written.", shown);
        }
    }

    /** Why an entry's name may not be unpacked, if it may not. */
    static Optional<String> nameFault(String name) {
        if (name.isEmpty()) {
            return Optional.of("has an empty name");
        }
        if (name.indexOf('\0') >= 0) {
            return Optional.of("has a NUL character in its name");
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of("uses backslashes in its path (a zip's paths use /)");
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            return Optional.of("is an absolute path");
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return Optional.of("climbs out of the pack with '..'");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> typeFault(ZipArchiveEntry entry) {
        if (entry.isUnixSymlink()) {
            return Optional.of("is a symbolic link (a pack holds only folders and files)");
        }
        int type = entry.getUnixMode() & S_IFMT;
        if (entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX && type != 0 && type != S_IFREG && type != S_IFDIR) {
            return Optional.of("is a special file, not a plain file (a pack holds only folders and files)");
        }
        return Optional.empty();
    }

    private static void write(Path zip, ZipFile file, List<ZipArchiveEntry> entries, Path target, ZipLimits limits)
            throws PackException, IOException {
        long total = 0;
        for (ZipArchiveEntry entry : entries) {
            Path out = target.resolve(stripSlash(entry.getName())).normalize();
            if (!out.startsWith(target)) {
                throw new PackException(zip + ": the entry '" + printable(entry.getName()) + "' would be written outside"
                        + " the pack. Nothing was written.");
            }
            if (entry.isDirectory()) {
                Files.createDirectories(out);
                continue;
            }
            Files.createDirectories(out.getParent());
            try (InputStream in = file.getInputStream(entry); OutputStream sink = Files.newOutputStream(out)) {
                byte[] buffer = new byte[64 * 1024];
                long written = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    written += n;
                    total += n;
                    if (written > limits.maxFileBytes() || total > limits.maxTotalBytes()) {
                        throw new PackException(zip + " unpacks to more than it says (the entry '"
                                + printable(entry.getName()) + "' alone is over " + megabytes(written) + "), more than"
                                + " a pack may hold: it looks like a zip bomb. Nothing was written.");
                    }
                    sink.write(buffer, 0, n);
                }
            }
        }
    }

    private static String stripSlash(String name) {
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    private static String printable(String name) {
        String shown = name.replace("\0", "\\0");
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes >= 1024 ? (bytes / 1024) + " KB"
                : bytes + " bytes";
    }
}
