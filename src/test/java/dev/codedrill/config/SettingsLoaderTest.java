package dev.codedrill.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.lang.LanguageRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    private final SettingsLoader loader = new SettingsLoader();

    @TempDir
    Path dir;

    @Test
    void defaultsUseThePrivateDaemonWithPrivilegedLaunchAndApi141() {
        Settings s = loader.defaults();
        assertThat(s.docker().mode()).isEqualTo(DockerMode.DIND);
        assertThat(s.docker().apiVersion()).isEqualTo("1.41");
        assertThat(s.docker().dind().launch()).isEqualTo(DindLaunch.PRIVILEGED);
        assertThat(s.docker().dind().waitAttempts()).isPositive();
    }

    @Test
    void userConfigIsMergedOverTheDefaultsFieldByField() throws IOException {
        Path file = write("{\"docker\": {\"dind\": {\"launch\": \"compat\"}}, \"languages\": {\"go\": {\"poolSize\": 5}}}");
        Settings s = loader.load(file);
        assertThat(s.docker().dind().launch()).isEqualTo(DindLaunch.COMPAT);
        assertThat(s.docker().dind().image()).isEqualTo(loader.defaults().docker().dind().image());
        assertThat(s.docker().mode()).isEqualTo(DockerMode.DIND);
        assertThat(s.language("go").poolSize()).isEqualTo(5);
        assertThat(LanguageRegistry.load(s).find("go").orElseThrow().poolSize()).isEqualTo(5);
    }

    @Test
    void offlineConfigPointsEveryLanguageAtTheRunnerImage() {
        Settings s = loader.load(Path.of("packaging/images/offline.json"));
        LanguageRegistry languages = LanguageRegistry.load(s);
        assertThat(languages.all()).extracting(l -> l.id())
                .containsExactly("python", "javascript", "java", "cpp", "go", "php");
        assertThat(languages.all()).allSatisfy(l -> assertThat(l.image()).isEqualTo("codedrill/runner:offline"));
        assertThat(s.docker().dind().launch()).isEqualTo(DindLaunch.COMPAT);
    }

    @Test
    void anUnknownFieldIsReportedWithTheFileAndItsJsonPath() throws IOException {
        Path file = write("{\"docker\": {\"dind\": {\"imagee\": \"x\"}}}");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("$.docker.dind.imagee");
    }

    @Test
    void invalidJsonIsReportedWithLineAndColumn() throws IOException {
        Path file = write("{\n  \"docker\": {\n    \"mode\": \"host\",,\n  }\n}");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 3");
    }

    @Test
    void aValueTheRecordRejectsIsReportedWithItsPathAndReason() throws IOException {
        Path file = write("{\"docker\": {\"dind\": {\"waitAttempts\": 0}}}");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("$.docker.dind")
                .hasMessageContaining("waitAttempts must be at least 1");
    }

    @Test
    void anUnknownModeNamesTheModesThereAre() throws IOException {
        Path file = write("{\"docker\": {\"mode\": \"kubernetes\"}}");
        assertThatThrownBy(() -> loader.load(file))
                .hasMessageContaining("$.docker.mode")
                .hasMessageContaining("dind, host, remote");
    }

    @Test
    void anUnknownLanguageInTheConfigIsRejectedWithItsPath() throws IOException {
        Settings s = loader.load(write("{\"languages\": {\"cobol\": {\"image\": \"x\"}}}"));
        assertThatThrownBy(() -> LanguageRegistry.load(s))
                .hasMessageContaining("$.languages.cobol")
                .hasMessageContaining("python");
    }

    @Test
    void aMissingExplicitConfigFileIsAnErrorNotTheDefaults() {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> loader.load(missing, new AppDirs(dir, dir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void theUsersConfigFileIsReadWhenNoneIsNamed() throws IOException {
        Files.writeString(dir.resolve("config.json"), "{\"docker\": {\"mode\": \"host\"}}");
        assertThat(loader.load(null, new AppDirs(dir, dir)).docker().mode()).isEqualTo(DockerMode.HOST);
        assertThat(loader.load(null, new AppDirs(dir.resolve("none"), dir)).docker().mode()).isEqualTo(DockerMode.DIND);
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json);
        return file;
    }
}
