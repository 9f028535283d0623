package dev.codedrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data dir holds the history and the daemon's client key: on a shared machine, its owner's alone. */
class DataDirTest {

    @TempDir
    Path temp;

    @Test
    void aNewDataDirIsReadableByItsOwnerAlone() throws Exception {
        Path data = temp.resolve("deep").resolve("data");
        Path config = temp.resolve("config.json");
        Files.writeString(config, "{\"dataDir\": \"" + data + "\"}");

        AppContext context = AppContext.load(config);

        assertThat(context.dirs().dataDir()).isEqualTo(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void theDaemonIsNamedForTheDataDirWhenTheConfigNamesNone() throws Exception {
        Path config = temp.resolve("config.json");
        Files.writeString(config, "{\"dataDir\": \"" + temp.resolve("data") + "\"}");

        AppContext context = AppContext.load(config);

        String id = context.installation().id();
        assertThat(context.settings().docker().dind().name()).isEqualTo("codedrill-dind-" + id);
        assertThat(context.settings().docker().dind().volume()).isEqualTo("codedrill-dind-" + id + "-data");
    }
}
