package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.testing.BundledProblemCopy;
import dev.codedrill.testing.SharedTestDaemon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instructor's round trip with the real CLI and the real private daemon: scaffold a problem, export a folder as a
 * pack, import it into a data dir of its own, judge its problem with {@code check}, and remove it again.
 */
class PackCommandTest {

    @TempDir
    Path temp;

    private static final String PACK = "pack-command-test";
    private Path config;

    /**
     * The shared daemon's config: its data dir (where packs are imported) is the shared one, since a data dir is an
     * installation and only the shared one may use the shared daemon. The test's pack is removed before and after.
     */
    @BeforeEach
    void sharedDaemonsConfigWithoutTheTestsPack() throws IOException {
        SharedTestDaemon.engine();
        config = temp.resolve("config.json");
        Files.writeString(config, SharedTestDaemon.configJson(List.of()));
        run("pack", "remove", PACK);
    }

    @AfterEach
    void removeTheTestsPack() {
        run("pack", "remove", PACK);
    }

    @Test
    void aScaffoldedAndAFinishedProblemExportImportAreJudgedFromThePackAndGoAwayWithIt() throws IOException {
        Path course = Files.createDirectories(temp.resolve(PACK));
        CliRun scaffolded = run("new", "pack-test-notes", "--kind", "stdio", "--dir", course.toString());
        assertThat(scaffolded.exit()).as(scaffolded.err()).isZero();
        BundledProblemCopy.aPlusB(course, "pack-test-sum", null);

        CliRun exported = run("pack", "export", course.toString(), temp.resolve("course.zip").toString(), "--version",
                "1.0");
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("the pack " + PACK + " 1.0, 2 problems (pack-test-notes, pack-test-sum)");

        CliRun imported = run("pack", "import", temp.resolve("course.zip").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out())
                .contains("Imported the pack " + PACK + " 1.0: 2 problems (pack-test-notes, pack-test-sum).")
                .contains("course.zip: pack-test-notes/statement.md: the template's TODO: lines are still there")
                .contains("Undo: codedrill pack remove " + PACK);
        assertThat(run("pack", "list").out()).contains(PACK + " 1.0  2 problems: pack-test-notes, pack-test-sum");

        CliRun checked = run("check", "--lang", "python", "pack-test-sum");
        assertThat(checked.exit()).as(checked.out() + checked.err()).isZero();
        assertThat(checked.out()).contains("pack-test-sum");

        CliRun removed = run("pack", "remove", PACK);
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("Removed the pack " + PACK + " 1.0 and its 2 problems.");
        CliRun gone = run("check", "--lang", "python", "pack-test-sum");
        assertThat(gone.exit()).isNotZero();
        assertThat(gone.err()).contains("pack-test-sum");
        assertThat(run("pack", "list").out()).doesNotContain(PACK);
    }

    @Test
    void aHostileZipIsRefusedByTheCliWithEachEntryNamedAndNothingImported() throws IOException {
        Path zip = temp.resolve("hostile.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("pack.json"));
            out.write("{\"name\": \"hostile\", \"version\": \"1\"}".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("../../.bashrc"));
            out.write("echo owned".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        CliRun imported = run("pack", "import", zip.toString());

        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.err()).contains(zip + " is not a safe pack")
                .contains("the entry '../../.bashrc' climbs out of the pack with '..'")
                .doesNotContain("Exception");
        assertThat(run("pack", "list").out()).doesNotContain("hostile");
        assertThat(SharedTestDaemon.dataDir().resolve(".bashrc")).doesNotExist();
    }

    private CliRun run(String... args) {
        return CliRun.of(config, args);
    }
}
