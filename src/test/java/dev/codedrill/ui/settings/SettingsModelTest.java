package dev.codedrill.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.config.ConfigException;
import dev.codedrill.config.DockerMode;
import dev.codedrill.config.Settings;
import dev.codedrill.config.SettingsLoader;
import dev.codedrill.config.SettingsWriter;
import dev.codedrill.lang.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's model without a window: plain properties over a real config file. */
class SettingsModelTest {

    private final SettingsLoader loader = new SettingsLoader();

    @TempDir
    Path dir;

    private Path file;

    private SettingsModel model(String config) throws IOException {
        file = dir.resolve("config.json");
        Files.writeString(file, config);
        return new SettingsModel(loader.load(file), new SettingsWriter(file));
    }

    @Test
    void startsFromTheSettingsTheAppRunsWithAndOffersEveryLanguageOfTheRegistry() throws IOException {
        SettingsModel model = model("{\"languages\": {\"go\": {\"poolSize\": 1}}, \"judge\": {\"timeFactor\": 2}}");
        assertThat(model.languages()).extracting(Language::id)
                .containsExactly("python", "javascript", "java", "cpp", "go", "php", "rust");
        assertThat(model.poolSizeProperty("python").get()).isEqualTo(2);
        assertThat(model.poolSizeProperty("go").get()).isEqualTo(1);
        assertThat(model.timeFactorProperty().get()).isEqualTo(2.0);
        assertThat(model.themeProperty().get()).isEqualTo("light");
        assertThat(model.modeProperty().get()).isEqualTo(DockerMode.DIND);
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.restartNeededProperty().get()).isFalse();
        assertThat(model.file()).isEqualTo(file);
    }

    @Test
    void themeAndFontSizeApplyOnSaveWithoutARestart() throws IOException {
        SettingsModel model = model("{}");
        List<Settings> applied = new ArrayList<>();
        model.appliedProperty().addListener((o, old, now) -> applied.add(now));

        model.themeProperty().set("dark");
        model.fontSizeProperty().set(18);
        model.presentationProperty().set(true);
        assertThat(model.restartNeededProperty().get()).isFalse();
        assertThat(applied).isEmpty();

        Settings saved = model.save();

        assertThat(applied).containsExactly(saved);
        assertThat(saved.ui()).isEqualTo(new Settings.UiSettings("dark", 18, true));
        assertThat(loader.load(file).ui()).isEqualTo(saved.ui());
        assertThat(tree().get("ui").size()).isEqualTo(3);
        assertThat(tree().has("judge")).as("untouched sections are not written").isFalse();
    }

    @Test
    void engineJudgingPoolAndFolderChangesWaitForTheNextStartEvenOnceSaved() throws IOException {
        SettingsModel model = model("{}");
        model.poolSizeProperty("python").set(3);
        assertThat(model.changesNeedingRestart()).containsExactly("pool sizes");
        model.modeProperty().set(DockerMode.HOST);
        model.workersProperty().set(3);
        model.addProblemDir(dir.resolve("pack"));
        assertThat(model.changesNeedingRestart()).containsExactly("engine", "pool sizes", "judging", "problem folders");

        model.save();
        assertThat(model.changesNeedingRestart()).as("saved, but the app still runs the old ones")
                .containsExactly("engine", "pool sizes", "judging", "problem folders");

        model.poolSizeProperty("python").set(2);
        model.modeProperty().set(DockerMode.DIND);
        model.workersProperty().set(2);
        model.removeProblemDir(dir.resolve("pack"));
        assertThat(model.changesNeedingRestart()).isEmpty();
        assertThat(model.restartNeededProperty().get()).isFalse();
    }

    @Test
    void aModelMadeAfterASaveStartsFromItAndStillKnowsWhatWaitsForARestart() throws IOException {
        SettingsModel first = model("{}");
        Settings running = first.appliedProperty().get();
        first.poolSizeProperty("python").set(3);
        first.themeProperty().set("dark");
        Settings saved = first.save();

        SettingsModel second = new SettingsModel(running, saved, new SettingsWriter(file));

        assertThat(second.poolSizeProperty("python").get()).isEqualTo(3);
        assertThat(second.themeProperty().get()).isEqualTo("dark");
        assertThat(second.changesNeedingRestart()).containsExactly("pool sizes");
        assertThat(second.appliedProperty().get()).isEqualTo(saved);
    }

    @Test
    void resetPutsBackTheValuesLastSaved() throws IOException {
        SettingsModel model = model("{}");
        model.themeProperty().set("dark");
        model.save();
        model.themeProperty().set("light");
        model.timeFactorProperty().set(3);
        model.hostProperty().set("tcp://x:2376");
        model.addProblemDir(dir);
        model.inputError("workers", "Enter a whole number for workers.");

        model.reset();

        assertThat(model.themeProperty().get()).isEqualTo("dark");
        assertThat(model.timeFactorProperty().get()).isEqualTo(1.0);
        assertThat(model.hostProperty().get()).isEmpty();
        assertThat(model.problemDirs()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void aValueThatCannotBeSavedSaysWhyAndSaveRefusesIt() throws IOException {
        SettingsModel model = model("{}");
        assertInvalid(model, () -> model.modeProperty().set(DockerMode.REMOTE), "Remote mode needs the engine's address");
        model.hostProperty().set("tcp://lab:2376");
        assertThat(model.validProperty().get()).isTrue();
        assertInvalid(model, () -> model.workersProperty().set(9), "Workers must be between 1 and 8.");
        assertInvalid(model, () -> model.timeFactorProperty().set(0.25), "The time factor must be between 0.5 and 10.0.");
        assertInvalid(model, () -> model.compileSecondsProperty().set(301),
                "The compile time limit must be between 5 and 300 seconds.");
        assertInvalid(model, () -> model.fontSizeProperty().set(60), "The editor font size must be between 8 and 48.");
        assertInvalid(model, () -> model.poolSizeProperty("go").set(-1), "The pool size of Go cannot be negative.");
        assertInvalid(model, () -> model.inputError("fontSize", "Enter a whole number for the editor font size."),
                "Enter a whole number for the editor font size.");
    }

    private void assertInvalid(SettingsModel model, Runnable change, String message) throws IOException {
        String before = Files.readString(file);
        change.run();
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains(message);
        assertThatThrownBy(model::save).isInstanceOf(IllegalStateException.class).hasMessageContaining(message);
        assertThat(Files.readString(file)).isEqualTo(before);
        model.reset();
        model.modeProperty().set(DockerMode.REMOTE);
        model.hostProperty().set("tcp://lab:2376");
    }

    @Test
    void aPoolSizeOverrideKeepsTheLanguagesImageAndOtherLanguagesGetNone() throws IOException {
        SettingsModel model = model("{\"languages\": {\"go\": {\"image\": \"my-go:1\"}}}");
        model.poolSizeProperty("go").set(1);
        model.save();
        assertThat(tree().get("languages"))
                .isEqualTo(new ObjectMapper().readTree("{\"go\": {\"image\": \"my-go:1\", \"poolSize\": 1}}"));
    }

    @Test
    void problemFoldersAreAbsoluteAndListedOnce() throws IOException {
        SettingsModel model = model("{}");
        assertThat(model.addProblemDir(dir.resolve("a/../pack"))).isTrue();
        assertThat(model.addProblemDir(dir.resolve("pack"))).isFalse();
        assertThat(model.problemDirs()).containsExactly(dir.resolve("pack"));
        assertThatThrownBy(() -> model.problemDirs().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aFileBrokenSinceStartIsNotOverwrittenAndNothingIsApplied() throws IOException {
        SettingsModel model = model("{}");
        Files.writeString(file, "{ broken");
        model.themeProperty().set("dark");
        Settings before = model.appliedProperty().get();

        assertThatThrownBy(model::save).isInstanceOf(ConfigException.class).hasMessageContaining(file.toString());

        assertThat(Files.readString(file)).isEqualTo("{ broken");
        assertThat(model.appliedProperty().get()).isSameAs(before);
    }

    private JsonNode tree() throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }
}
