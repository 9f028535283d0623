package dev.codedrill.pack;

import dev.codedrill.authoring.AuthoringFaults;
import dev.codedrill.authoring.Folders;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.BrokenProblem;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The packs a user imported, each a folder {@code NAME/} of the store (in the user's data dir) with its
 * {@code pack.json} and its problems; they load with the bundled problems, in the app and in {@code judge} and
 * {@code check}. An import is validated whole in a hidden staging folder and then moved into place in one step; a
 * failed import leaves the store as it was. Imports and removals of two processes are serialised by a file lock.
 */
public final class PackStore {

    private static final ReentrantLock CHANGING = new ReentrantLock();
    private final Path root;
    private final ZipLimits limits;

    public PackStore(Path root) {
        this(root, ZipLimits.DEFAULT);
    }

    public PackStore(Path root, ZipLimits limits) {
        this.root = root.toAbsolutePath().normalize();
        this.limits = limits;
    }

    /** An imported pack: its manifest, its folder and its problems' ids. */
    public record InstalledPack(PackManifest manifest, Path dir, List<String> problemIds) {
    }

    /** "1 problem", "3 problems". */
    public static String problems(int count) {
        return count + (count == 1 ? " problem" : " problems");
    }

    /** What an import did: the pack, its problems, what check will still ask of them, and the version it replaced. */
    public record Imported(InstalledPack pack, List<String> warnings, Optional<String> replacedVersion) {
    }

    public Path root() {
        return root;
    }

    /** The folders to load problems from, one per installed pack, in name order. */
    public List<Path> problemRoots() {
        return list().stream().map(InstalledPack::dir).toList();
    }

    /** The installed packs, in name order; a folder without a readable pack.json is not a pack and is skipped. */
    public List<InstalledPack> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<InstalledPack> packs = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path dir : children.filter(Files::isDirectory).sorted().toList()) {
                if (dir.getFileName().toString().startsWith(".")) {
                    continue;
                }
                try {
                    packs.add(new InstalledPack(PackManifest.read(dir.resolve(PackManifest.FILE)), dir, ids(dir)));
                } catch (PackException e) {
                    // not a pack (a folder the user made by hand): it is not loaded
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return packs;
    }

    /**
     * Imports a pack's zip. Refused, with nothing written: an unsafe zip ({@link SafeUnzip}), a zip with no
     * {@code pack.json}, a problem that does not load (each fault with its file and JSON path), and a problem whose id
     * is taken by another pack or by {@code otherRoots} (the bundled library, the config's folders). A new version of
     * an installed pack replaces it.
     */
    public Imported importPack(Path zip, List<Path> otherRoots) throws PackException {
        String shown = zip.getFileName() == null ? zip.toString() : zip.getFileName().toString();
        try (StoreLock ignored = lock()) {
            Path staging = root.resolve(".import-" + UUID.randomUUID());
            try {
                SafeUnzip.extract(zip.toAbsolutePath(), staging, limits);
                Path packDir = packDir(staging, shown);
                PackManifest manifest = PackManifest.read(packDir.resolve(PackManifest.FILE));
                List<Problem> problems = validate(packDir, shown);
                refuseTakenIds(manifest, problems, otherRoots);
                List<String> warnings = new ArrayList<>();
                for (Problem problem : problems) {
                    AuthoringFaults.of(problem).forEach(f -> warnings.add(inZip(shown, packDir, f)));
                }
                Optional<String> replaced = install(manifest, packDir);
                return new Imported(new InstalledPack(manifest, root.resolve(manifest.name()),
                        problems.stream().map(Problem::id).toList()), warnings, replaced);
            } finally {
                Folders.deleteQuietly(staging);
            }
        }
    }

    /** Removes an installed pack and its problems; the history of their submissions is kept. */
    public InstalledPack remove(String name) throws PackException {
        try (StoreLock ignored = lock()) {
            Optional<InstalledPack> pack = list().stream().filter(p -> p.manifest().name().equals(name)).findFirst();
            if (pack.isEmpty()) {
                List<String> names = list().stream().map(p -> p.manifest().name()).toList();
                throw new PackException("No pack named '" + name + "' is installed" + (names.isEmpty()
                        ? " (no packs are installed)." : " (installed: " + String.join(", ", names) + ")."));
            }
            Path trash = root.resolve(".removed-" + UUID.randomUUID());
            try {
                Files.move(pack.get().dir(), trash, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new PackException("The pack '" + name + "' could not be removed (" + e.getMessage() + "): close"
                        + " whatever uses " + pack.get().dir() + " and try again.", e);
            }
            Folders.deleteQuietly(trash);
            return pack.get();
        }
    }

    /** Held while the store changes: one thread of this process, and one process, at a time. */
    private StoreLock lock() throws PackException {
        CHANGING.lock();
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                channel.lock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return new StoreLock(channel);
        } catch (IOException e) {
            CHANGING.unlock();
            throw new PackException("The packs folder " + root + " could not be written (" + e.getMessage() + ").", e);
        }
    }

    /** Closing the channel releases the file lock. */
    private record StoreLock(FileChannel channel) implements AutoCloseable {
        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // the lock goes with the channel either way
            } finally {
                CHANGING.unlock();
            }
        }
    }

    /** The folder of the unpacked zip that holds pack.json: its top, or its one folder (a zipped pack folder). */
    private static Path packDir(Path staging, String shown) throws PackException {
        if (Files.isRegularFile(staging.resolve(PackManifest.FILE))) {
            return staging;
        }
        try (Stream<Path> children = Files.list(staging)) {
            List<Path> all = children.toList();
            if (all.size() == 1 && Files.isRegularFile(all.get(0).resolve(PackManifest.FILE))) {
                return all.get(0);
            }
        } catch (IOException e) {
            throw new PackException(shown + " could not be read after unpacking (" + e.getMessage() + ").", e);
        }
        throw new PackException(shown + " has no pack.json at its top, so it is not a CodeDrill pack: make packs with"
                + " codedrill pack export DIR FILE.zip. Nothing was imported.");
    }

    private static List<Problem> validate(Path packDir, String shown) throws PackException {
        ProblemLibrary library = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(packDir));
        List<String> faults = new ArrayList<>();
        for (BrokenProblem broken : library.broken()) {
            faults.add(shown + ": " + packDir.relativize(broken.file()).toString().replace('\\', '/')
                    + (broken.jsonPath().isEmpty() ? "" : " at " + broken.jsonPath()) + ": " + broken.message());
        }
        for (Problem problem : library.problems()) {
            String folder = problem.dir().getFileName().toString();
            if (!folder.equals(problem.id())) {
                faults.add(shown + ": " + folder + "/problem.json at $.id: the id '" + problem.id() + "' differs from"
                        + " its folder's name '" + folder + "': give them the same name");
            }
        }
        try (Stream<Path> children = Files.list(packDir)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child) && !Files.isRegularFile(child.resolve("problem.json"))) {
                    faults.add(shown + ": " + child.getFileName() + "/ has no problem.json, so it is not a problem");
                }
            }
        } catch (IOException e) {
            throw new PackException(shown + " could not be read after unpacking (" + e.getMessage() + ").", e);
        }
        if (!faults.isEmpty()) {
            throw new PackException(shown + " was not imported: " + faults.size() + (faults.size() == 1
                    ? " fault" : " faults") + " in its problems. Fix them in the pack's folder (codedrill check lists"
                    + " them too), export it again and import the new zip.", faults);
        }
        if (library.problems().isEmpty()) {
            throw new PackException(shown + " holds no problems. Nothing was imported.");
        }
        return library.problems();
    }

    private void refuseTakenIds(PackManifest manifest, List<Problem> problems, List<Path> otherRoots)
            throws PackException {
        Map<String, String> owner = new LinkedHashMap<>();
        ProblemLoader loader = new ProblemLoader(LanguageSupports.byExtension()).readingTestsWhenFirstUsed();
        for (Path other : otherRoots) {
            for (String id : loader.load(List.of(other)).problems().stream().map(Problem::id).toList()) {
                owner.putIfAbsent(id, "the problems in " + other);
            }
        }
        for (InstalledPack pack : list()) {
            if (!pack.manifest().name().equals(manifest.name())) {
                for (String id : pack.problemIds()) {
                    owner.putIfAbsent(id, "the pack '" + pack.manifest().name() + "' " + pack.manifest().version()
                            + " (codedrill pack remove " + pack.manifest().name() + " removes it)");
                }
            }
        }
        List<String> faults = new ArrayList<>();
        for (Problem problem : problems) {
            String taken = owner.get(problem.id());
            if (taken != null) {
                faults.add(problem.id() + ": already a problem of " + taken);
            }
        }
        if (!faults.isEmpty()) {
            throw new PackException("The pack '" + manifest.name() + "' was not imported: " + faults.size()
                    + (faults.size() == 1 ? " of its problems has the id" : " of its problems have the ids")
                    + " of problems it does not own. Rename them in the pack (the folder and its id), or remove the"
                    + " other pack first.", faults);
        }
    }

    /** Moves the validated pack into place; a pack of the same name is replaced. */
    private Optional<String> install(PackManifest manifest, Path packDir) throws PackException {
        Path target = root.resolve(manifest.name());
        Optional<String> replaced = Optional.empty();
        Path old = null;
        try {
            if (Files.exists(target)) {
                replaced = Optional.of(readVersion(target));
                old = root.resolve(".replaced-" + UUID.randomUUID());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(packDir, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    old = null;
                }
                throw e;
            }
            return replaced;
        } catch (IOException e) {
            throw new PackException("The pack could not be put in " + target + " (" + e.getMessage() + "). Nothing"
                    + " was changed.", e);
        } finally {
            Folders.deleteQuietly(old);
        }
    }

    private static String readVersion(Path dir) {
        try {
            return PackManifest.read(dir.resolve(PackManifest.FILE)).version();
        } catch (PackException e) {
            return "(unknown version)";
        }
    }

    private static String inZip(String shown, Path packDir, String fault) {
        String prefix = packDir.toString() + java.io.File.separator;
        return shown + ": " + (fault.startsWith(prefix) ? fault.substring(prefix.length()) : fault);
    }

    /** The ids of the problems in a folder: its sub-folders with a problem.json (a problem's id is its folder's name). */
    private static List<String> ids(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(d -> Files.isRegularFile(d.resolve("problem.json")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
