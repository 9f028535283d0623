package dev.codedrill.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config's "sandbox": {"runtime": …}: the engine's default unless a config names one, and a name it is. */
class SandboxRuntimeSettingTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultIsTheEnginesOwnRuntime() {
        Settings.SandboxSettings sandbox = new SettingsLoader().defaults().sandbox();
        assertThat(sandbox.runtime()).isNull();
        assertThat(sandbox.describe()).isEqualTo("the engine's default runtime (runc)");
    }

    @Test
    void aConfigChoosesGvisor() throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"sandbox\": {\"runtime\": \"runsc\"}}");
        Settings.SandboxSettings sandbox = new SettingsLoader().load(file).sandbox();
        assertThat(sandbox.runtime()).isEqualTo("runsc");
        assertThat(sandbox.describe()).isEqualTo("runsc (gVisor)");
    }

    @Test
    void aRuntimeThatIsNotANameIsRefusedSayingWhatItShouldBe() {
        assertThatThrownBy(() -> new Settings.SandboxSettings("runsc --debug"))
                .hasMessageContaining("runtime must be a runtime's name such as runsc");
    }
}
