package dev.codedrill.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each data dir is an installation of its own, and names its own private daemon. */
class InstallationTest {

    private static final Settings.DindSettings UNNAMED = new Settings.DindSettings("codedrill/dind:offline", null,
            DindLaunch.COMPAT, null, true, 30, 1000, null, null, true);

    @Test
    void twoDataDirsAreTwoInstallationsWithDaemonsAndVolumesOfTheirOwn() {
        Installation alice = Installation.of(Path.of("/home/alice/.local/share/codedrill"));
        Installation bob = Installation.of(Path.of("/home/bob/.local/share/codedrill"));
        assertThat(alice.id()).matches("[0-9a-f]{8}").isNotEqualTo(bob.id());
        assertThat(UNNAMED.forInstallation(alice).name()).isEqualTo("codedrill-dind-" + alice.id())
                .isNotEqualTo(UNNAMED.forInstallation(bob).name());
        assertThat(UNNAMED.forInstallation(alice).volume()).isEqualTo("codedrill-dind-" + alice.id() + "-data");
    }

    @Test
    void theSameDataDirIsTheSameInstallationHoweverItIsWritten() {
        assertThat(Installation.of(Path.of("/home/alice/./data/../data")))
                .isEqualTo(Installation.of(Path.of("/home/alice/data")));
    }

    @Test
    void namesTheConfigGivesAreKept() {
        Settings.DindSettings named = new Settings.DindSettings("codedrill/dind:offline", "lab-dind",
                DindLaunch.COMPAT, "lab-dind-data", true, 30, 1000, 4096L, 2048L, true);
        assertThat(named.forInstallation(Installation.of(Path.of("/x")))).isEqualTo(named);
    }
}
