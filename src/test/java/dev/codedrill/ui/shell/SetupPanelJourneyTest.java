package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codedrill.app.AppContext;
import dev.codedrill.app.PracticeSession;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.Screenshots;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The setup panel on the real private daemon: a language whose image is missing is named with what to do; an image
 * bundle loaded from the panel reaches the daemon and the checks run again by themselves, without a restart; a file
 * that is no bundle is refused in plain words.
 */
@ExtendWith(ApplicationExtension.class)
class SetupPanelJourneyTest {

    /** On a registry at the daemon's own loopback, so the pull that precedes "unavailable" goes nowhere else. */
    private static final String MISSING = "127.0.0.1:1/codedrill-test/setup-missing:1";

    @TempDir
    Path temp;

    private PracticeSession practice;

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
        if (practice != null) {
            practice.close();
        }
        DockerEngine engine = SharedTestDaemon.engine();
        if (engine.imagePresent(MISSING)) {
            engine.removeImage(MISSING);
        }
    }

    /** The shared daemon's config (its data dir too: the daemon belongs to it), but Rust's image is not there. */
    private AppContext contextMissingRustsImage() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode config = (ObjectNode) json.readTree(SharedTestDaemon.configJson(List.of()));
        ((ObjectNode) config.with("languages").with("rust")).put("image", MISSING);
        Path file = temp.resolve("config.json");
        json.writeValue(file.toFile(), config);
        return AppContext.load(file);
    }

    private SetupPanel open(FxRobot robot, AppContext context) throws Exception {
        ProblemLibrary problems = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")));
        practice = new PracticeSession(null, 1, "setup-panel-test");
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady("Docker ready · 6/7 languages",
                "rust unavailable: not in the private daemon"));
        MainWindow window = new MainWindow(new AppServices(status, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), temp.resolve("config.json"), null, null, null,
                SetupChecks.of(context)));
        FxToolkit.setupStage(stage -> {
            window.show(stage);
            status.connect();
        });
        // a missing image takes the welcome's place with the setup panel, its checks already running
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#setup-panel").tryQuery().isPresent());
        return robot.lookup("#setup-panel").queryAs(SetupPanel.class);
    }

    private static void awaitChecks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !robot.lookup("#setup-recheck").queryAs(Button.class)
                .isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The row of the check about {@code subject}: its text, one line per label. */
    private static String row(FxRobot robot, String subject) {
        VBox rows = robot.lookup("#setup-checks").queryAs(VBox.class);
        return rows.getChildren().stream().map(SetupPanelJourneyTest::text)
                .filter(t -> t.toLowerCase().contains(subject.toLowerCase())).findFirst().orElse("");
    }

    private static String text(Node row) {
        return row.lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void aMissingImageIsNamedWithWhatToDoAndABundleLoadedFromThePanelIsCheckedAgainWithoutARestart(FxRobot robot)
            throws Exception {
        SetupPanel panel = open(robot, contextMissingRustsImage());
        awaitChecks(robot);

        assertThat(row(robot, "image " + MISSING)).startsWith("✗").contains("unavailable").contains("What to do:");
        assertThat(row(robot, "private daemon")).startsWith("✓");
        assertThat(row(robot, "sandbox python")).startsWith("✓");
        assertThat(robot.lookup("#setup-summary").queryAs(Label.class).getText()).contains("to fix");
        Screenshots.take(robot.lookup("#setup-panel").query().getScene(), "setup-panel-missing-image");

        Path bundle = tinyImageBundle(MISSING);
        robot.interact(() -> panel.loadBundle(bundle));
        awaitChecks(robot);

        assertThat(SharedTestDaemon.engine().imagePresent(MISSING)).isTrue();
        // the checks ran again by themselves: the image is there now; what is in it cannot compile Rust, and the
        // panel says so
        assertThat(row(robot, "image " + MISSING)).doesNotContain("pulling it failed")
                .contains("set languages.rust.image in the config to an image that has Rust");
        Screenshots.take(robot.lookup("#setup-panel").query().getScene(), "setup-panel-after-loading");
    }

    @Test
    void aFileThatIsNoImageBundleIsRefusedInPlainWords(FxRobot robot) throws Exception {
        SetupPanel panel = open(robot, contextMissingRustsImage());
        awaitChecks(robot);
        Path notABundle = Files.writeString(temp.resolve("notes.tar"), "these are my notes, not images\n");

        robot.interact(() -> panel.loadBundle(notABundle));
        awaitChecks(robot);

        String said = robot.lookup("#setup-summary").queryAs(Label.class).getText();
        assertThat(said).startsWith("The image bundle notes.tar could not be loaded: ")
                .contains("codedrill images save").doesNotContain("Exception");
        assertThat(SharedTestDaemon.engine().imagePresent(MISSING)).isFalse();
    }

    /** A real {@code docker save} archive of a one-file image, written here in the format's own terms. */
    private Path tinyImageBundle(String tag) throws Exception {
        ByteArrayOutputStream layer = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(layer)) {
            add(tar, "hello.txt", "a layer of a test image\n".getBytes(StandardCharsets.UTF_8));
        }
        String diffId = "sha256:" + sha256(layer.toByteArray());
        byte[] config = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\","
                + "\"diff_ids\":[\"" + diffId + "\"]}}").getBytes(StandardCharsets.UTF_8);
        String configName = sha256(config) + ".json";
        byte[] manifest = ("[{\"Config\":\"" + configName + "\",\"RepoTags\":[\"" + tag + "\"],"
                + "\"Layers\":[\"layer/layer.tar\"]}]").getBytes(StandardCharsets.UTF_8);
        Path file = temp.resolve("tiny-image.tar");
        try (OutputStream out = Files.newOutputStream(file); TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            add(tar, "layer/layer.tar", layer.toByteArray());
            add(tar, configName, config);
            add(tar, "manifest.json", manifest);
        }
        return file;
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
