package dev.codedrill.ui;

import static dev.codedrill.testing.Fx.fx;
import static dev.codedrill.testing.PlainText.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.docker.ContainerSpec;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.DockerJavaEngine;
import dev.codedrill.docker.EngineEndpoint;
import dev.codedrill.docker.dind.TlsMaterialStore;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.problem.Problem;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.FullDisk;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.ui.results.ResultsModel;
import dev.codedrill.ui.shell.EngineConnector;
import dev.codedrill.ui.shell.EngineReady;
import dev.codedrill.ui.shell.EngineState;
import dev.codedrill.ui.shell.EngineStatusModel;
import dev.codedrill.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window says when Docker is gone, an image is missing or the disk is full: words and what to do, made with
 * the real parts (a TLS endpoint that hangs up, the shared test daemon, a full tmpfs under the history).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class PlainFailureMessagesTest {

    @TempDir
    Path dir;

    private EngineStatusModel failedStatus(EngineConnector connector) throws Exception {
        EngineStatusModel status = new EngineStatusModel(connector);
        fx(status::connect);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.stateProperty().get() == EngineState.UNAVAILABLE);
        WaitForAsyncUtils.waitForFxEvents();
        return status;
    }

    @Test
    void theStatusBarSaysInWordsThatATlsEngineHungUp() throws Exception {
        Path certs = new TlsMaterialStore(dir.resolve("tls"), Clock.systemUTC()).ensure().clientDir();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread hangUp = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                        in.read(new byte[64]);
                    } catch (IOException e) {
                        // the test is over
                    }
                }
            });
            hangUp.setDaemon(true);
            hangUp.start();
            EngineStatusModel status = failedStatus(progress -> {
                try (DockerEngine engine = DockerJavaEngine.connect(new EngineEndpoint(
                        "tcp://127.0.0.1:" + server.getLocalPort(), certs, "1.41"))) {
                    engine.ping();
                }
                return new EngineReady("never", "");
            });

            assertPlain(status.messageProperty().get());
            assertPlain(status.adviceProperty().get());
            assertThat(status.messageProperty().get()).startsWith("Docker not available: The TLS handshake with");
            assertThat(status.adviceProperty().get()).contains(certs.toString());
        }
    }

    @Test
    void theStatusBarSaysWhichImageIsMissing() throws Exception {
        DockerEngine engine = SharedTestDaemon.engine();
        String image = "127.0.0.1:1/codedrill-no-such-image:2";

        EngineStatusModel status = failedStatus(progress -> {
            engine.create(ContainerSpec.builder(image).cmd("true").build());
            return new EngineReady("never", "");
        });

        assertPlain(status.messageProperty().get());
        assertThat(status.messageProperty().get()).contains(image).contains("docker pull");
    }

    @Test
    void aDraftThatCannotBeSavedOnAFullDiskSaysSo() throws Exception {
        Problem twoSum = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")))
                .find("two-sum").orElseThrow();
        try (FullDisk disk = FullDisk.mount(dir.resolve("disk"), 4096)) {
            HistoryStore history = HistoryStore.open(disk.dir().resolve("data"));
            PracticeSession session = new PracticeSession(history, 1, "full-disk-test");
            WorkspaceModel workspace = fx(() -> new WorkspaceModel(session, List.of("python"), new ResultsModel(),
                    () -> { }));
            try {
                fx(() -> workspace.open(twoSum));
                disk.fill();
                fx(() -> {
                    workspace.codeChanged("class Solution:\n    pass\n");
                    workspace.saveDraft();
                });
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> workspace.noticeProperty().get().startsWith("Could not save the draft"));

                String notice = workspace.noticeProperty().get();
                assertPlain(notice);
                assertThat(notice).isEqualTo("Could not save the draft. The disk is full, so saving your draft could"
                        + " not finish. Free some space on the disk and try again.");
            } finally {
                fx(workspace::close);
                session.close();
                try {
                    history.close();
                } catch (RuntimeException stillFull) {
                    // closing writes too; the disk is unmounted next either way
                }
            }
        }
    }

    @Test
    void aProblemWhoseTestsAreBrokenOpensAndItsSubmitSaysWhereTheFaultIsAndKeepsTheDraft() throws Exception {
        Path pack = dir.resolve("pack");
        Path folder = java.nio.file.Files.createDirectories(pack.resolve("max-of"));
        java.nio.file.Files.writeString(folder.resolve("problem.json"), """
                {"id": "max-of", "title": "Max Of", "difficulty": "easy", "tags": ["arrays"], "kind": "function",
                 "signature": "maxOf(nums: int[]) -> int"}""");
        java.nio.file.Files.writeString(folder.resolve("statement.md"), "# Max Of\n\nThe largest number.\n");
        java.nio.file.Files.writeString(folder.resolve("tests.json"), """
                [{"name": "e", "input": {"nums": [1, 5]}, "expected": 5, "sample": true},
                 {"name": "h", "input": {"nums": [1, 5]}, "expected": "five"}]""");
        var library = new ProblemLoader(LanguageSupports.byExtension()).readingTestsWhenFirstUsed()
                .load(List.of(pack));
        Problem maxOf = library.find("max-of").orElseThrow();
        HistoryStore history = HistoryStore.open(dir.resolve("data"));
        PracticeSession session = new PracticeSession(history, 1, "broken-tests-test");
        ResultsModel results = fx(ResultsModel::new);
        WorkspaceModel workspace = fx(() -> new WorkspaceModel(session, List.of("python"), results, () -> { }));
        try {
            assertThat(library.broken()).isEmpty(); // listed: its tests are read when first used
            fx(() -> workspace.open(maxOf));
            fx(() -> {
                workspace.codeChanged("class Solution:\n    def maxOf(self, nums):\n        return max(nums)\n");
                workspace.submit();
            });
            WaitForAsyncUtils.waitForFxEvents();

            String message = results.messageProperty().get();
            assertPlain(message);
            assertThat(message).isEqualTo("This problem's tests could not be read (tests.json at $[1].expected: "
                    + "$[1].expected must be an int (32-bit integer), not the string \"five\"). This is the problem's "
                    + "fault, not your code's; your code is saved as a draft. Pick another problem.");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.drafts().load("max-of", "python")
                    .map(d -> d.code().contains("return max(nums)")).orElse(false));
        } finally {
            fx(workspace::close);
            session.close();
            history.close();
        }
    }
}
