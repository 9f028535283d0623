package dev.codedrill.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.config.Settings.DockerSettings;
import dev.codedrill.config.Settings.JudgeSettings;
import dev.codedrill.config.Settings.LanguageSettings;
import dev.codedrill.config.Settings.UiSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsWriterTest {

    private final SettingsLoader loader = new SettingsLoader();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyEditableValueReadsBackAsWritten() {
        Path file = dir.resolve("not").resolve("yet").resolve("config.json");
        Settings defaults = loader.defaults();
        Settings wanted = new Settings(
                new DockerSettings(DockerMode.REMOTE, "tcp://lab:2376", "/certs", "1.41", defaults.docker().dind()),
                Map.of("python", new LanguageSettings(null, 3), "go", new LanguageSettings("golang:1.23", 0)),
                List.of(dir.resolve("pack"), Path.of("relative/pack")), dir.resolve("data"),
                new UiSettings("dark", 18, true), new JudgeSettings(4, 2.5, 60),
                new Settings.SandboxSettings("runsc"));

        new SettingsWriter(file).save(wanted);

        assertThat(loader.load(file)).isEqualTo(wanted);
    }

    @Test
    void onlyWhatDiffersFromTheFileOrTheDefaultsIsWritten() throws IOException {
        Path file = dir.resolve("config.json");
        Settings defaults = loader.defaults();

        List<String> written = new SettingsWriter(file).save(with(defaults, new UiSettings("dark", 14, false)));

        assertThat(written).containsExactly("$.ui.theme");
        assertThat(tree(file)).isEqualTo(json.readTree("{\"ui\": {\"theme\": \"dark\"}}"));
        assertThat(Files.readString(file)).as("laid out as by hand").contains("  \"ui\": {\n    \"theme\": \"dark\"\n");
    }

    @Test
    void theUsersOwnKeysAndKeysThisReleaseDoesNotKnowAreKept() throws IOException {
        Path file = write("""
                {
                  "$schema": "https://example.org/codedrill.schema.json",
                  "docker": {"dind": {"image": "mine:dind", "futureFlag": true}},
                  "languages": {"go": {"image": "my-go"}},
                  "notes": ["lab 3 machines"]
                }
                """);
        Settings base = loader.load(write(dir.resolve("known.json"), """
                {"docker": {"dind": {"image": "mine:dind"}}, "languages": {"go": {"image": "my-go"}}}
                """));
        Settings changed = new Settings(base.docker(),
                Map.of("go", base.language("go"), "python", new LanguageSettings(null, 3)),
                base.problemDirs(), base.dataDir(), new UiSettings("dark", 14, false), base.judge(),
                base.sandbox());

        new SettingsWriter(file).save(changed);

        assertThat(tree(file)).isEqualTo(json.readTree("""
                {
                  "$schema": "https://example.org/codedrill.schema.json",
                  "docker": {"dind": {"image": "mine:dind", "futureFlag": true}},
                  "languages": {"go": {"image": "my-go"}, "python": {"poolSize": 3}},
                  "notes": ["lab 3 machines"],
                  "ui": {"theme": "dark"}
                }
                """));
    }

    @Test
    void theUsersOwnKeysSurviveARoundTrip() throws IOException {
        Path file = write("{\"docker\": {\"dind\": {\"launch\": \"compat\"}}, \"judge\": {\"timeFactor\": 3}}");
        Settings loaded = loader.load(file);
        Settings changed = with(loaded, new JudgeSettings(1, 3.0, 30));

        assertThat(new SettingsWriter(file).save(changed)).containsExactly("$.judge.workers");

        assertThat(loader.load(file)).isEqualTo(changed);
        assertThat(tree(file).at("/docker/dind/launch").asText()).isEqualTo("compat");
        assertThat(tree(file).at("/judge/timeFactor").asInt()).isEqualTo(3);
    }

    @Test
    void aValueChangedBackToTheDefaultIsWrittenBecauseTheFileHoldsAnother() throws IOException {
        Path file = write("{\"ui\": {\"theme\": \"dark\"}}");
        new SettingsWriter(file).save(loader.defaults());
        assertThat(loader.load(file).ui().theme()).isEqualTo("light");
        assertThat(tree(file).at("/ui/theme").asText()).isEqualTo("light");
    }

    @Test
    void aLanguageOverrideTheSettingsDropIsRemovedFromTheFile() throws IOException {
        Path file = write("{\"languages\": {\"go\": {\"poolSize\": 4}, \"php\": {\"image\": \"my-php\"}}}");
        Settings loaded = loader.load(file);
        Settings without = new Settings(loaded.docker(), Map.of("php", loaded.language("php")), loaded.problemDirs(),
                loaded.dataDir(), loaded.ui(), loaded.judge(), loaded.sandbox());

        new SettingsWriter(file).save(without);

        assertThat(tree(file).get("languages")).isEqualTo(json.readTree("{\"php\": {\"image\": \"my-php\"}}"));
    }

    @Test
    void nothingChangedLeavesTheFileAlone() throws IOException {
        Path file = write("{\"ui\":{\"theme\":\"dark\"}}");
        var before = Files.getLastModifiedTime(file);
        assertThat(new SettingsWriter(file).save(loader.load(file))).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("{\"ui\":{\"theme\":\"dark\"}}");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);

        Path none = dir.resolve("none.json");
        assertThat(new SettingsWriter(none).save(loader.defaults())).isEmpty();
        assertThat(none).doesNotExist();
    }

    @Test
    void aMalformedFileIsRefusedWithItsFaultAndLeftUntouched() throws IOException {
        String broken = "{\n  \"ui\": {\"theme\": \"dark\",, }\n}";
        Path file = write(broken);
        Settings dark = with(loader.defaults(), new UiSettings("dark", 20, false));

        assertThatThrownBy(() -> new SettingsWriter(file).save(dark))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid JSON (line 2");
        assertThat(Files.readString(file)).isEqualTo(broken);
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void aFileThatIsNotAnObjectWhereOneIsNeededIsRefused() throws IOException {
        Path array = write("[1, 2]");
        Settings dark = with(loader.defaults(), new UiSettings("dark", 14, false));
        assertThatThrownBy(() -> new SettingsWriter(array).save(dark))
                .hasMessageContaining(array.toString()).hasMessageContaining("must hold a JSON object at $");
        assertThat(Files.readString(array)).isEqualTo("[1, 2]");

        Path scalar = write(dir.resolve("scalar.json"), "{\"ui\": 5}");
        assertThatThrownBy(() -> new SettingsWriter(scalar).save(dark))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(scalar.toString()).hasMessageContaining("at $.ui: expected an object");
        assertThat(Files.readString(scalar)).isEqualTo("{\"ui\": 5}");
    }

    @Test
    void foldersAreWrittenAsPlainPathsNotUris() throws IOException {
        Path file = dir.resolve("config.json");
        Settings defaults = loader.defaults();
        Path pack = dir.resolve("my pack");
        new SettingsWriter(file).save(new Settings(defaults.docker(), defaults.languages(), List.of(pack),
                defaults.dataDir(), defaults.ui(), defaults.judge(), defaults.sandbox()));
        assertThat(tree(file).at("/problemDirs/0").asText()).isEqualTo(pack.toString());
    }

    @Test
    void theFilesPermissionsAndALinkToItAreKeptAndNoTempFileIsLeft() throws IOException {
        Path real = write(dir.resolve("dotfiles.json"), "{}");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("config.json"), real);

        new SettingsWriter(link).save(with(loader.defaults(), new UiSettings("dark", 14, false)));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(loader.load(real).ui().theme()).isEqualTo("dark");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(real, link);
    }

    @Test
    void theWriterForTheAppWritesTheNamedFileElseTheUsersConfigJson() {
        AppDirs dirs = new AppDirs(dir.resolve("conf"), dir.resolve("data"));
        assertThat(SettingsWriter.forConfig(null, dirs).file()).isEqualTo(dirs.configFile());
        assertThat(SettingsWriter.forConfig(dir.resolve("lab.json"), dirs).file()).isEqualTo(dir.resolve("lab.json"));
    }

    private static Settings with(Settings s, UiSettings ui) {
        return new Settings(s.docker(), s.languages(), s.problemDirs(), s.dataDir(), ui, s.judge(), s.sandbox());
    }

    private static Settings with(Settings s, JudgeSettings judge) {
        return new Settings(s.docker(), s.languages(), s.problemDirs(), s.dataDir(), s.ui(), judge, s.sandbox());
    }

    private JsonNode tree(Path file) throws IOException {
        return json.readTree(file.toFile());
    }

    private Path write(String content) throws IOException {
        return write(dir.resolve("config.json"), content);
    }

    private static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        return file;
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
