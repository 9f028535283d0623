package dev.codedrill.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    private final Path home = Path.of("/home/ada");

    @Test
    void linuxFollowsXdgWithTheUsualFallbacks() {
        AppDirs plain = AppDirs.forPlatform("Linux", home, Map.of());
        assertThat(plain.configDir()).isEqualTo(Path.of("/home/ada/.config/codedrill"));
        assertThat(plain.dataDir()).isEqualTo(Path.of("/home/ada/.local/share/codedrill"));
        AppDirs xdg = AppDirs.forPlatform("Linux", home, Map.of("XDG_CONFIG_HOME", "/c", "XDG_DATA_HOME", "/d"));
        assertThat(xdg.configFile()).isEqualTo(Path.of("/c/codedrill/config.json"));
        assertThat(xdg.dataDir()).isEqualTo(Path.of("/d/codedrill"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        AppDirs mac = AppDirs.forPlatform("Mac OS X", home, Map.of());
        assertThat(mac.dataDir()).isEqualTo(Path.of("/home/ada/Library/Application Support/CodeDrill"));
    }

    @Test
    void windowsKeepsConfigInRoamingAndDataInLocalAppData() {
        AppDirs win = AppDirs.forPlatform("Windows 11", home, Map.of("APPDATA", "/r", "LOCALAPPDATA", "/l"));
        assertThat(win.configDir()).isEqualTo(Path.of("/r/CodeDrill"));
        assertThat(win.dataDir()).isEqualTo(Path.of("/l/CodeDrill"));
    }
}
