package dev.codedrill.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack's zip comes from someone else: every entry is looked at before anything is written, and a zip that would
 * write outside its folder, holds a link, or unpacks to more than a pack may hold is refused with nothing written.
 */
class SafeUnzipTest {

    @TempDir
    Path temp;

    @Test
    void aPlainZipUnpacksWithItsFoldersAndFiles() throws Exception {
        Path zip = zip("ok.zip", out -> {
            dir(out, "p/");
            file(out, "p/problem.json", "{}");
            file(out, "pack.json", "{\"name\": \"x\", \"version\": \"1\"}");
        });

        SafeUnzip.extract(zip, temp.resolve("out"), ZipLimits.DEFAULT);

        assertThat(temp.resolve("out/p/problem.json")).hasContent("{}");
        assertThat(temp.resolve("out/pack.json")).exists();
    }

    @Test
    void anEntryThatClimbsOutWithDotDotIsRefusedAndNothingIsWrittenAnywhere() throws Exception {
        Path zip = zip("evil.zip", out -> {
            file(out, "p/problem.json", "{}");
            file(out, "p/../../escaped.txt", "owned");
        });

        assertThatThrownBy(() -> SafeUnzip.extract(zip, temp.resolve("a/out"), ZipLimits.DEFAULT))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("is not a safe pack").hasMessageContaining("Nothing was written")
                .satisfies(e -> assertThat(((PackException) e).faults()).singleElement().asString()
                        .contains("'p/../../escaped.txt' climbs out of the pack with '..'"));
        assertThat(temp.resolve("escaped.txt")).doesNotExist();
        assertThat(temp.resolve("a/out")).doesNotExist();
    }

    @Test
    void absolutePathsDrivesAndBackslashedTraversalsAreRefused() throws Exception {
        Path zip = zip("abs.zip", out -> {
            file(out, "/tmp/codedrill-absolute.txt", "x");
            file(out, "C:/Windows/evil.txt", "x");
            file(out, "p\\..\\..\\evil.txt", "x");
        });

        assertThatThrownBy(() -> SafeUnzip.extract(zip, temp.resolve("out"), ZipLimits.DEFAULT))
                .isInstanceOf(PackException.class)
                .satisfies(e -> assertThat(((PackException) e).faults()).hasSize(3)
                        .anySatisfy(f -> assertThat(f).contains("'/tmp/codedrill-absolute.txt' is an absolute path"))
                        .anySatisfy(f -> assertThat(f).contains("'C:/Windows/evil.txt' is an absolute path"))
                        // a zip's tools read a DOS-made name's backslashes as slashes: the '..' is still found
                        .anySatisfy(f -> assertThat(f).contains("'p/../../evil.txt' climbs out of the pack")));
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aSymbolicLinkEntryIsRefused() throws Exception {
        Path zip = zip("link.zip", out -> {
            ZipArchiveEntry link = new ZipArchiveEntry("p/passwd");
            link.setUnixMode(0120777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        });

        assertThatThrownBy(() -> SafeUnzip.extract(zip, temp.resolve("out"), ZipLimits.DEFAULT))
                .isInstanceOf(PackException.class)
                .satisfies(e -> assertThat(((PackException) e).faults()).singleElement().asString()
                        .contains("'p/passwd' is a symbolic link"));
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aZipBombThatSaysItIsLargeIsRefusedBeforeAByteIsWritten() throws Exception {
        Path zip = bomb("big.zip", 300L * 1024 * 1024, false);
        assertThat(Files.size(zip)).isLessThan(2 * 1024 * 1024);

        assertThatThrownBy(() -> SafeUnzip.extract(zip, temp.resolve("out"), ZipLimits.DEFAULT))
                .isInstanceOf(PackException.class)
                .satisfies(e -> assertThat(((PackException) e).faults()).anySatisfy(f -> assertThat(f)
                        .contains("'zeros.txt' unpacks to 300 MB, more than the 128 MB one file of a pack may hold")));
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aZipBombThatLiesAboutItsSizeIsStoppedAtTheLimitAndWhatWasWrittenIsDeleted() throws Exception {
        Path zip = bomb("liar.zip", 300L * 1024 * 1024, true);

        assertThatThrownBy(() -> SafeUnzip.extract(zip, temp.resolve("out"), ZipLimits.DEFAULT))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("unpacks to more than it says").hasMessageContaining("zip bomb")
                .hasMessageContaining("Nothing was written");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aZipOfMoreEntriesThanAPackMayHoldIsRefused() throws Exception {
        Path zip = zip("many.zip", out -> {
            for (int i = 0; i <= ZipLimits.DEFAULT.maxEntries(); i++) {
                file(out, "f/" + i, "");
            }
        });

        assertThatThrownBy(() -> SafeUnzip.extract(zip, temp.resolve("out"), ZipLimits.DEFAULT))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("holds " + (ZipLimits.DEFAULT.maxEntries() + 1) + " entries, more than the "
                        + ZipLimits.DEFAULT.maxEntries());
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aFileThatIsNotAZipIsSaidToBeNoZip() throws Exception {
        Path notZip = Files.writeString(temp.resolve("notes.zip"), "these are my notes, not a zip");

        assertThatThrownBy(() -> SafeUnzip.extract(notZip, temp.resolve("out"), ZipLimits.DEFAULT))
                .isInstanceOf(PackException.class)
                .hasMessage(notZip + " is not a zip file, or it is damaged: make the pack again with codedrill pack"
                        + " export. Nothing was written.");
    }

    /**
     * One entry of zeros, deflated to a few hundred KB. A liar's central directory says the entry holds 10 bytes
     * (the zip's own size fields patched), so only counting what is written stops it.
     */
    private Path bomb(String name, long bytes, boolean lie) throws IOException {
        Path zip = zip(name, out -> {
            out.setLevel(Deflater.BEST_COMPRESSION);
            out.putArchiveEntry(new ZipArchiveEntry("zeros.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < bytes; written += zeros.length) {
                out.write(zeros);
            }
            out.closeArchiveEntry();
        });
        if (lie) {
            byte[] all = Files.readAllBytes(zip);
            ByteBuffer buffer = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i + 30 < all.length; i++) {
                int signature = buffer.getInt(i);
                if (signature == 0x02014b50) { // central directory: uncompressed size at +24
                    buffer.putInt(i + 24, 10);
                } else if (signature == 0x04034b50) { // local header: uncompressed size at +22
                    buffer.putInt(i + 22, 10);
                }
            }
            Files.write(zip, all);
        }
        return zip;
    }

    private interface Entries {
        void write(ZipArchiveOutputStream out) throws IOException;
    }

    private Path zip(String name, Entries entries) throws IOException {
        Path zip = temp.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            entries.write(out);
        }
        return zip;
    }

    private static void dir(ZipArchiveOutputStream out, String name) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.closeArchiveEntry();
    }

    private static void file(ZipArchiveOutputStream out, String name, String text) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeArchiveEntry();
    }
}
