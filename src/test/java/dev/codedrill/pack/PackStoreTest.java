package dev.codedrill.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.BundledProblemCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack goes out as one zip ({@link PackExporter}) and comes in whole or not at all ({@link PackStore}): its
 * problems are validated first, it may not take another pack's or the bundled library's ids, a new version replaces
 * the old, and removing it undoes the import.
 */
class PackStoreTest {

    private static final Path BUNDLED = Path.of("problems").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void anExportedPackImportsWithItsNameVersionAndProblemsAndRemovingItUndoesTheImport() throws Exception {
        Path folder = packFolder("week-1", "class-sum", "class-sum-again");
        PackExporter.Exported exported = PackExporter.export(folder, temp.resolve("out/week1.zip"), null, "2024.1");
        assertThat(exported.manifest()).isEqualTo(new PackManifest("week-1", "2024.1"));
        assertThat(exported.problemIds()).containsExactly("class-sum", "class-sum-again");
        PackStore store = new PackStore(temp.resolve("data/packs"));

        PackStore.Imported imported = store.importPack(exported.zip(), List.of(BUNDLED));

        assertThat(imported.pack().manifest()).isEqualTo(new PackManifest("week-1", "2024.1"));
        assertThat(imported.pack().problemIds()).containsExactly("class-sum", "class-sum-again");
        assertThat(imported.replacedVersion()).isEmpty();
        assertThat(store.list()).singleElement().satisfies(p -> assertThat(p.manifest().name()).isEqualTo("week-1"));
        List<Problem> loaded = new ProblemLoader(LanguageSupports.byExtension()).load(store.problemRoots()).problems();
        assertThat(loaded).extracting(Problem::id).containsExactly("class-sum", "class-sum-again");
        assertThat(loaded.get(0).tests()).isNotEmpty();
        assertThat(loaded.get(0).kept()).isNotEmpty();

        PackStore.InstalledPack removed = store.remove("week-1");

        assertThat(removed.problemIds()).containsExactly("class-sum", "class-sum-again");
        assertThat(store.list()).isEmpty();
        assertThat(store.problemRoots()).isEmpty();
        assertThat(visibleChildren(store.root())).isEmpty();
    }

    @Test
    void aPackWithABrokenProblemIsRefusedWithEachFaultsFileAndPathAndNothingIsInstalled() throws Exception {
        Path folder = packFolder("broken-pack", "good-one", "bad-one");
        PackExporter.Exported exported = PackExporter.export(folder, temp.resolve("broken.zip"), null, null);
        // break the zipped problem after export, as a hand-edited zip would be
        Path unzipped = temp.resolve("unzipped");
        SafeUnzip.extract(exported.zip(), unzipped, ZipLimits.DEFAULT);
        Files.writeString(unzipped.resolve("bad-one/problem.json"), Files.readString(unzipped.resolve(
                "bad-one/problem.json")).replace("\"difficulty\": \"easy\"", "\"difficulty\": \"trivial\""));
        Path rezipped = PackExporterTestZips.zipFolder(unzipped, temp.resolve("rezipped.zip"));
        PackStore store = new PackStore(temp.resolve("data/packs"));

        assertThatThrownBy(() -> store.importPack(rezipped, List.of(BUNDLED)))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("rezipped.zip was not imported: 1 fault in its problems")
                .satisfies(e -> assertThat(((PackException) e).faults()).singleElement().asString()
                        .startsWith("rezipped.zip: bad-one/problem.json at $.difficulty: ")
                        .contains("trivial"));
        assertThat(store.list()).isEmpty();
        assertThat(visibleChildren(store.root())).isEmpty();
        assertThat(hiddenLeftovers(store.root())).isEmpty();
    }

    @Test
    void exportingAFolderWithABrokenProblemListsItsFaultAndWritesNoZip() throws Exception {
        Path folder = packFolder("f", "fine", "unfinished");
        Files.writeString(folder.resolve("unfinished/problem.json"), "{\"id\": \"unfinished\",");

        assertThatThrownBy(() -> PackExporter.export(folder, temp.resolve("f.zip"), null, null))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("1 of the problems in " + folder + " do not load")
                .satisfies(e -> assertThat(((PackException) e).faults()).singleElement().asString()
                        .startsWith(folder.resolve("unfinished/problem.json").toString()));
        assertThat(temp.resolve("f.zip")).doesNotExist();
    }

    @Test
    void aPackMayNotTakeAnIdOfTheBundledLibraryOrOfAnotherPack() throws Exception {
        PackStore store = new PackStore(temp.resolve("data/packs"));
        Path first = PackExporter.export(packFolder("first", "shared-id"), temp.resolve("first.zip"), null, null).zip();
        store.importPack(first, List.of(BUNDLED));
        Path second = PackExporter.export(packFolder("second", "shared-id", "a-plus-b"), temp.resolve("second.zip"),
                null, null).zip();

        assertThatThrownBy(() -> store.importPack(second, List.of(BUNDLED)))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("The pack 'second' was not imported: 2 of its problems have the ids of problems"
                        + " it does not own")
                .satisfies(e -> assertThat(((PackException) e).faults()).containsExactly(
                        "a-plus-b: already a problem of the problems in " + BUNDLED,
                        "shared-id: already a problem of the pack 'first' 1 (codedrill pack remove first removes it)"));
        assertThat(store.list()).extracting(p -> p.manifest().name()).containsExactly("first");
    }

    @Test
    void aNewVersionOfAPackReplacesTheOldOneAndSaysWhichItReplaced() throws Exception {
        PackStore store = new PackStore(temp.resolve("data/packs"));
        Path folder = packFolder("course", "lesson-one");
        store.importPack(PackExporter.export(folder, temp.resolve("v1.zip"), null, "1.0").zip(), List.of(BUNDLED));
        problem(folder, "lesson-two");
        Path v2 = PackExporter.export(folder, temp.resolve("v2.zip"), null, "1.1").zip();

        PackStore.Imported imported = store.importPack(v2, List.of(BUNDLED));

        assertThat(imported.replacedVersion()).contains("1.0");
        assertThat(store.list()).singleElement().satisfies(p -> {
            assertThat(p.manifest().version()).isEqualTo("1.1");
            assertThat(p.problemIds()).containsExactly("lesson-one", "lesson-two");
        });
        assertThat(hiddenLeftovers(store.root())).isEmpty();
    }

    @Test
    void aZipWithoutPackJsonIsSaidNotToBeAPack() throws Exception {
        Path folder = packFolder("plain", "some-problem");
        Path zip = PackExporterTestZips.zipFolder(folder.resolve("some-problem"), temp.resolve("plain.zip"));
        PackStore store = new PackStore(temp.resolve("data/packs"));

        assertThatThrownBy(() -> store.importPack(zip, List.of(BUNDLED)))
                .isInstanceOf(PackException.class)
                .hasMessage("plain.zip has no pack.json at its top, so it is not a CodeDrill pack: make packs with"
                        + " codedrill pack export DIR FILE.zip. Nothing was imported.");
    }

    @Test
    void removingAPackThatIsNotInstalledNamesTheInstalledOnes() throws Exception {
        PackStore store = new PackStore(temp.resolve("data/packs"));
        store.importPack(PackExporter.export(packFolder("graphs", "g-one"), temp.resolve("g.zip"), null, null).zip(),
                List.of(BUNDLED));

        assertThatThrownBy(() -> store.remove("graph"))
                .isInstanceOf(PackException.class)
                .hasMessage("No pack named 'graph' is installed (installed: graphs).");
    }

    @Test
    void concurrentImportsOfPacksClaimingTheSameIdLetExactlyOneInAndAllOthersInstallWhole() throws Exception {
        int threads = 8;
        List<Path> zips = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            // even packs each have their own problem; odd packs all claim "contested"
            String id = i % 2 == 0 ? "own-" + i : "contested";
            zips.add(PackExporter.export(packFolder("pack-" + i, id), temp.resolve("p" + i + ".zip"), null, null).zip());
        }
        PackStore store = new PackStore(temp.resolve("data/packs"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Path zip : zips) {
            Callable<Boolean> task = () -> {
                start.await();
                try {
                    // each import is a store of its own, as two app windows or a window and the CLI are
                    new PackStore(store.root()).importPack(zip, List.of(BUNDLED));
                    return true;
                } catch (PackException e) {
                    assertThat(e.faults()).singleElement().asString().startsWith("contested: already a problem of");
                    return false;
                }
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> result : results) {
            succeeded += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(threads / 2 + 1);
        List<String> ids = store.list().stream().flatMap(p -> p.problemIds().stream()).sorted().toList();
        assertThat(ids).containsExactly("contested", "own-0", "own-2", "own-4", "own-6");
        assertThat(hiddenLeftovers(store.root())).isEmpty();
    }

    /** A folder NAME with a copy of the bundled a-plus-b under each id. */
    private Path packFolder(String name, String... ids) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("authoring").resolve(name));
        for (String id : ids) {
            problem(folder, id);
        }
        return folder;
    }

    private static void problem(Path folder, String id) throws IOException {
        BundledProblemCopy.aPlusB(folder, id, null);
    }

    private static List<String> visibleChildren(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
    }

    /** Staging, replaced and removed folders that should be gone (the lock file stays). */
    private static List<String> hiddenLeftovers(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && !n.equals(".lock")).toList();
        }
    }
}
