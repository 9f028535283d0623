package dev.codedrill.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.config.DockerMode;
import dev.codedrill.config.Settings;
import dev.codedrill.config.SettingsLoader;
import dev.codedrill.config.SettingsWriter;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.ui.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The settings dialog on a real stage over a real config file. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {

    private static final String CONFIG = "{\n  \"docker\": {\"dind\": {\"launch\": \"compat\"}},\n"
            + "  \"languages\": {\"go\": {\"image\": \"my-go\"}}\n}\n";

    private final SettingsLoader loader = new SettingsLoader();

    @TempDir
    Path dir;

    private Path file;
    private SettingsModel model;
    private SettingsDialog dialog;
    private String userAgentStylesheet;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("config.json");
        Files.writeString(file, CONFIG);
        userAgentStylesheet = Application.getUserAgentStylesheet();
        model = new SettingsModel(loader.load(file), new SettingsWriter(file));
        Stage owner = FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(new Label("main window")), 1200, 800));
            stage.show();
        });
        FxToolkit.setupFixture(() -> {
            dialog = new SettingsDialog(owner, model);
            dialog.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog.isShowing());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (dialog.isShowing()) {
                dialog.close();
            }
            Application.setUserAgentStylesheet(userAgentStylesheet);
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void okWritesTheThemeThePoolSizeAndTheFolderToTheFileAndTheLoaderReadsThemBack(FxRobot robot) throws IOException {
        Path pack = dir.resolve("instructor-pack");
        robot.clickOn("#theme").clickOn("Dark");
        typeInto(robot, "#pool-python", "3");
        robot.interact(() -> model.addProblemDir(pack)); // the DirectoryChooser is the OS's: not drivable
        assertThat(restartNote(robot)).contains("pool sizes and problem folders");

        robot.clickOn("#settings-ok");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        JsonNode tree = new ObjectMapper().readTree(file.toFile());
        assertThat(tree.at("/ui/theme").asText()).isEqualTo("dark");
        assertThat(tree.at("/languages/python/poolSize").asInt()).isEqualTo(3);
        assertThat(tree.at("/problemDirs/0").asText()).isEqualTo(pack.toString());
        assertThat(tree.at("/docker/dind/launch").asText()).as("the user's own keys stay").isEqualTo("compat");
        assertThat(tree.at("/languages/go/image").asText()).isEqualTo("my-go");
        Settings read = loader.load(file);
        assertThat(read.ui().theme()).isEqualTo("dark");
        assertThat(read.language("python").poolSize()).isEqualTo(3);
        assertThat(read.problemDirs()).containsExactly(pack);
        assertThat(dialog.getResult()).isEqualTo(read);
        assertThat(model.appliedProperty().get()).isEqualTo(read);
    }

    @Test
    void cancelLeavesTheFileUntouchedAndDropsTheEdits(FxRobot robot) throws IOException {
        robot.clickOn("#theme").clickOn("Dark");
        typeInto(robot, "#font-size", "20");

        robot.clickOn("#settings-cancel");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
        assertThat(Files.readString(file)).isEqualTo(CONFIG);
        assertThat(model.themeProperty().get()).isEqualTo("light");
        assertThat(model.fontSizeProperty().get()).isEqualTo(14);
    }

    @Test
    void escapeCancels(FxRobot robot) throws IOException {
        robot.clickOn("#theme").clickOn("Dark");
        robot.type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(Files.readString(file)).isEqualTo(CONFIG);
    }

    @Test
    void enterInAFieldSavesLikeOk(FxRobot robot) throws IOException {
        typeInto(robot, "#workers", "4");
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(loader.load(file).judge().workers()).isEqualTo(4);
    }

    @Test
    void anInvalidValueDisablesOkAndSaysWhyUntilItIsFixed(FxRobot robot) throws IOException {
        Button ok = robot.lookup("#settings-ok").queryButton();
        assertThat(robot.lookup("#host").queryAs(TextField.class).isDisabled()).isTrue();

        robot.clickOn("#mode").clickOn("Remote engine (remote)");

        assertThat(ok.isDisabled()).isTrue();
        assertThat(message(robot)).startsWith("Remote mode needs the engine's address");
        assertThat(robot.lookup("#host").queryAs(TextField.class).isDisabled()).isFalse();
        robot.clickOn("#host").write("tcp://lab-server:2376");
        assertThat(ok.isDisabled()).isFalse();
        assertThat(message(robot)).isEmpty();

        typeInto(robot, "#workers", "9");
        assertThat(ok.isDisabled()).isTrue();
        assertThat(message(robot)).isEqualTo("Workers must be between 1 and 8.");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).as("Enter does not save an invalid value").isTrue();
        robot.type(KeyCode.END, KeyCode.BACK_SPACE); // Enter's commit put the caret at the start
        assertThat(message(robot)).isEqualTo("Enter a whole number for workers.");
        robot.write("x");
        assertThat(robot.lookup("#workers").queryAs(Spinner.class).getEditor().getText())
                .as("letters are not taken").isEmpty();
        robot.write("3");
        assertThat(ok.isDisabled()).isFalse();

        robot.clickOn("#settings-ok");
        WaitForAsyncUtils.waitForFxEvents();
        Settings read = loader.load(file);
        assertThat(read.docker().mode()).isEqualTo(DockerMode.REMOTE);
        assertThat(read.docker().host()).isEqualTo("tcp://lab-server:2376");
        assertThat(read.judge().workers()).isEqualTo(3);
        assertThat(Files.readString(file)).isNotEqualTo(CONFIG);
    }

    @Test
    void aFileBrokenMeanwhileIsReportedAndTheDialogStaysOpen(FxRobot robot) throws IOException {
        Files.writeString(file, "{ \"ui\": ");
        robot.clickOn("#theme").clickOn("Dark");

        robot.clickOn("#settings-ok");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isTrue();
        assertThat(message(robot)).startsWith("Not saved: Config file " + file).contains("not valid JSON");
        assertThat(Files.readString(file)).isEqualTo("{ \"ui\": ");
    }

    @Test
    void theMainWindowAppliesTheSavedThemeAtOnce(FxRobot robot) {
        robot.interact(() -> model.appliedProperty().addListener((o, old, now) -> Themes.apply(now.ui().theme())));
        robot.clickOn("#theme").clickOn("Dark");
        robot.clickOn("#settings-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
    }

    @Test
    void everyFieldHasALabelWithItsOwnMnemonic(FxRobot robot) {
        Parent root = dialog.getDialogPane();
        Set<Character> letters = new HashSet<>();
        int labelled = 0;
        for (Node node : all(root)) {
            if (node instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText().contains("_")) {
                String text = labeled.getText();
                char letter = Character.toUpperCase(text.charAt(text.indexOf('_') + 1));
                assertThat(letters.add(letter)).as("mnemonic %s of %s is unique", letter, text).isTrue();
            }
            if (node instanceof Label label && label.getLabelFor() != null) {
                labelled++;
                assertThat(label.isMnemonicParsing() && label.getText().contains("_")).as(label.getText()).isTrue();
            }
        }
        // mode, host, certificates, 3 judging, theme, font size, a pool per language, the folder list
        assertThat(labelled).isEqualTo(9 + LanguageSupports.all().size());

        robot.press(KeyCode.ALT).press(KeyCode.W).release(KeyCode.W).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = dialog.getDialogPane().getScene().getFocusOwner();
        Spinner<?> workers = robot.lookup("#workers").queryAs(Spinner.class);
        assertThat(focused == workers || focused == workers.getEditor()).as("Alt+W focuses workers: " + focused).isTrue();
    }

    private void typeInto(FxRobot robot, String query, String text) {
        Spinner<?> spinner = robot.lookup(query).queryAs(Spinner.class);
        robot.clickOn(spinner.getEditor());
        robot.interact(() -> spinner.getEditor().selectAll());
        robot.write(text);
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#settings-message").queryAs(Label.class).getText();
    }

    private static String restartNote(FxRobot robot) {
        return robot.lookup("#restart-note").queryAs(Label.class).getText();
    }

    private static List<Node> all(Parent parent) {
        List<Node> nodes = new java.util.ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            nodes.add(child);
            if (child instanceof Parent p) {
                nodes.addAll(all(p));
            }
        }
        return nodes;
    }
}
