package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.AppContext;
import dev.codedrill.app.PracticeSession;
import dev.codedrill.docker.DockerJavaEngine;
import dev.codedrill.docker.EngineEndpoint;
import dev.codedrill.pack.PackExporter;
import dev.codedrill.testing.BundledProblemCopy;
import dev.codedrill.testing.TestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Import pack…, Remove pack… and New problem… in a real window over a real data dir: each ends in a dialog
 * that says what happened, and the problem list changes without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemActionsJourneyTest {

    @TempDir
    Path temp;

    private PracticeSession practice;
    private MainWindow window;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (practice != null) {
            practice.close();
        }
    }

    @Test
    void anImportedPacksProblemIsListedAtOnceAndGoesAwayWhenThePackIsRemoved(FxRobot robot) throws Exception {
        Path zip = PackExporter.export(packFolder("course", "class-sum", "Class Sum"), temp.resolve("course.zip"),
                null, "1.0").zip();
        open();

        robot.interact(() -> window.problemActions().importPack(zip));

        DialogPane done = resultDialog(robot, "Pack imported");
        assertThat(message(done)).isEqualTo("Imported the pack course 1.0: 1 problem.");
        assertThat(details(done)).contains("Its problems are in the list now: class-sum.")
                .contains("To undo: File › Remove pack…");
        closeDialogs(robot);
        assertThat(listed(robot)).contains("class-sum");
        robot.interact(() -> window.open("class-sum"));
        assertThat(robot.lookup("#problem-title").queryAs(Label.class).getText()).isEqualTo("Class Sum");

        robot.interact(() -> window.problemActions().removePack("course"));

        DialogPane removed = resultDialog(robot, "Pack removed");
        assertThat(message(removed)).isEqualTo("Removed the pack course 1.0 and its 1 problem.");
        closeDialogs(robot);
        assertThat(listed(robot)).doesNotContain("class-sum").contains("two-sum");
    }

    @Test
    void aHostileZipEndsInADialogNamingTheEntryAndTheListIsUnchanged(FxRobot robot) throws Exception {
        Path zip = temp.resolve("hostile.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("pack.json"));
            out.write("{\"name\": \"hostile\", \"version\": \"1\"}".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("../outside.txt"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        open();
        int before = listed(robot).size();

        robot.interact(() -> window.problemActions().importPack(zip));

        DialogPane refused = resultDialog(robot, "The pack was not imported");
        assertThat(message(refused)).contains("hostile.zip is not a safe pack").contains("Nothing was written")
                .doesNotContain("Exception");
        assertThat(details(refused)).contains("the entry '../outside.txt' climbs out of the pack with '..'");
        closeDialogs(robot);
        assertThat(listed(robot)).hasSize(before);
        assertThat(temp.resolve("data/outside.txt")).doesNotExist();
    }

    @Test
    void aNewProblemIsMadeInTheLearnersFolderOpenedAndTheDialogSaysWhatCheckAsksNext(FxRobot robot)
            throws Exception {
        open();

        robot.interact(() -> window.problemActions().newProblem("my-first-problem", "function", null));

        DialogPane made = resultDialog(robot, "New problem made");
        assertThat(message(made)).isEqualTo("Made the problem my-first-problem.");
        assertThat(details(made)).contains(temp.resolve("data/my-problems/my-first-problem").toString())
                .contains("What check asks of it next:")
                .contains("statement.md: the template's TODO: lines are still there")
                .contains("Then run: codedrill check my-first-problem");
        closeDialogs(robot);
        assertThat(robot.lookup("#problem-title").queryAs(Label.class).getText()).isEqualTo("My First Problem");
        assertThat(listed(robot)).contains("my-first-problem");

        robot.interact(() -> window.problemActions().newProblem("my-first-problem", "function", null));

        DialogPane again = resultDialog(robot, "The problem was not made");
        assertThat(message(again)).contains("exists already");
    }

    private void open() throws Exception {
        Path config = temp.resolve("config.json");
        Files.writeString(config, "{\"dataDir\": \"" + temp.resolve("data") + "\"}");
        AppContext context = AppContext.load(config);
        EngineStatusModel status = new EngineStatusModel(progress -> {
            try (var none = DockerJavaEngine.connect(new EngineEndpoint("unix://" + temp.resolve("none.sock"), null,
                    "1.41"))) {
                return new EngineReady(none.ping().describe(), "");
            }
        });
        practice = new PracticeSession(null, 1, "problem-actions-test");
        AppServices services = new AppServices(status, practice, context.loadProblemsTestsLater(),
                Map.of("python", "Python 3"), TestEngine.offlineSettings(), config, null, ProblemSources.of(context));
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(services);
            window.show(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane resultDialog(FxRobot robot, String header) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + ProblemActions.RESULT_DIALOG)
                .tryQuery().map(n -> header.equals(((DialogPane) n).getHeaderText())).orElse(false));
        return robot.lookup("#" + ProblemActions.RESULT_DIALOG).queryAs(DialogPane.class);
    }

    private static String message(DialogPane pane) {
        return ((Label) pane.lookup("#problem-action-message")).getText();
    }

    private static String details(DialogPane pane) {
        return ((TextArea) pane.lookup("#problem-action-details")).getText();
    }

    private static void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> listed(FxRobot robot) {
        ListView<Object> list = robot.lookup("#problem-list").queryAs(ListView.class);
        return list.getItems().stream().map(r -> ((dev.codedrill.ui.browser.ProblemRow) r).id()).toList();
    }

    /** A folder NAME holding a copy of the bundled a-plus-b as ID with TITLE. */
    private Path packFolder(String name, String id, String title) throws IOException {
        Path folder = temp.resolve(name);
        BundledProblemCopy.aPlusB(folder, id, title);
        return folder;
    }
}
