package dev.codedrill.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.lang.LanguageRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void defaultsAreTheLightThemeAt14PointsAndTwoWorkersWithoutScaling() {
        Settings s = loader.defaults();
        assertThat(s.ui()).isEqualTo(new Settings.UiSettings("light", 14, false));
        assertThat(s.judge()).isEqualTo(new Settings.JudgeSettings(2, 1.0, 30));
    }

    @Test
    void uiAndJudgeSectionsAreMergedFieldByField() throws IOException {
        Settings s = loader.load(write("{\"ui\": {\"theme\": \"dark\"}, \"judge\": {\"timeFactor\": 2.5}}"));
        assertThat(s.ui()).isEqualTo(new Settings.UiSettings("dark", 14, false));
        assertThat(s.judge()).isEqualTo(new Settings.JudgeSettings(2, 2.5, 30));
        assertThat(loader.load(write("{\"judge\": {\"timeFactor\": 3}}")).judge().timeFactor()).isEqualTo(3.0);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"ui\": {\"theme\": \"blue\"}}               | $.ui             | theme must be light or dark, not 'blue'",
        "{\"ui\": {\"theme\": null}}                   | $.ui             | theme must be light or dark, not 'null'",
        "{\"ui\": {\"fontSize\": 7}}                   | $.ui             | fontSize must be between 8 and 48, not 7",
        "{\"ui\": {\"fontSize\": 49}}                  | $.ui             | fontSize must be between 8 and 48, not 49",
        "{\"ui\": {\"fontSize\": 14.5}}                | $.ui.fontSize    | '14.5' is not a whole number",
        "{\"ui\": {\"fontSize\": \"big\"}}               | $.ui.fontSize    | big",
        "{\"ui\": {\"presentation\": null}}            | $.ui.presentation | expected true or false",
        "{\"ui\": {\"colour\": \"red\"}}                 | $.ui.colour      | colour",
        "{\"ui\": null}                                | $                | ui is required",
        "{\"judge\": {\"workers\": 0}}                   | $.judge          | workers must be between 1 and 8, not 0",
        "{\"judge\": {\"workers\": 9}}                   | $.judge          | workers must be between 1 and 8, not 9",
        "{\"judge\": {\"timeFactor\": 0.4}}              | $.judge          | timeFactor must be between 0.5 and 10.0, not 0.4",
        "{\"judge\": {\"timeFactor\": 10.5}}             | $.judge          | timeFactor must be between 0.5 and 10.0, not 10.5",
        "{\"judge\": {\"timeFactor\": \"fast\"}}         | $.judge.timeFactor | fast",
        "{\"judge\": {\"compileSeconds\": 4}}            | $.judge          | compileSeconds must be between 5 and 300, not 4",
        "{\"judge\": {\"compileSeconds\": 301}}          | $.judge          | compileSeconds must be between 5 and 300, not 301",
        "{\"judge\": {\"compileSecs\": 30}}              | $.judge.compileSecs | compileSecs",
        "{\"judge\": 4}                                | $.judge          | judge",
    })
    void aBadUiOrJudgeValueIsReportedWithTheFileItsJsonPathAndTheReason(String config, String path, String reason)
            throws IOException {
        Path file = write(config);
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("at " + path + ":")
                .hasMessageContaining(reason);
    }

    @Test
    void theConfigFileIsTheNamedOneElseConfigJsonInTheUsersConfigDir() {
        AppDirs dirs = new AppDirs(dir.resolve("conf"), dir.resolve("data"));
        assertThat(SettingsLoader.configFile(null, dirs)).isEqualTo(dir.resolve("conf").resolve("config.json"));
        assertThat(SettingsLoader.configFile(dir.resolve("mine.json"), dirs)).isEqualTo(dir.resolve("mine.json"));
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
                .containsExactly("python", "javascript", "java", "cpp", "go", "php", "rust");
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
