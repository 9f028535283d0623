package dev.codedrill.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

class TarTest {

    @Test
    void foldersGetEntriesOwnedByTheSandboxUserSoItCanEmptyThemLater() throws IOException {
        byte[] tar = Tar.ownedBy(65534).file("in/0", "1 2\n").file("in/deep/1", "x").file("main.py", "print()").toBytes();
        assertThat(entries(tar)).containsExactly("in/ 65534 40755", "in/deep/ 65534 40755", "in/0 65534 644",
                "in/deep/1 65534 644", "main.py 65534 644");
    }

    @Test
    void aFolderAskedForHasAnEntryEvenWithNoFileInItAndOnlyOneWithFilesInIt() throws IOException {
        byte[] tar = Tar.ownedBy(65534).directory(".codedrill").directory("in").file("in/0", "1").toBytes();
        assertThat(entries(tar)).containsExactly(".codedrill/ 65534 40755", "in/ 65534 40755", "in/0 65534 644");
    }

    @Test
    void aFolderOutsideTheWorkDirIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Tar.ownedBy(65534).directory("../up"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../up");
    }

    private static List<String> entries(byte[] tar) throws IOException {
        List<String> entries = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName() + " " + e.getLongUserId() + " " + Integer.toOctalString(e.getMode()));
            }
        }
        return entries;
    }
}
