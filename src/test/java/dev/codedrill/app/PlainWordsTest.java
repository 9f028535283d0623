package dev.codedrill.app;

import static dev.codedrill.testing.PlainText.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.codedrill.config.SettingsLoader;
import dev.codedrill.docker.ContainerSpec;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.DockerJavaEngine;
import dev.codedrill.docker.EngineEndpoint;
import dev.codedrill.docker.ImageMissingException;
import dev.codedrill.docker.dind.TlsMaterialStore;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.testing.FullDisk;
import dev.codedrill.testing.SharedTestDaemon;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failures CodeDrill knows, made for real (a closed port, a TLS endpoint that hangs up, a missing image, a full
 * disk, a malformed config, a missing file, a cancelled task), in words: what happened and what to do, never a class
 * name or a parser's message.
 */
@Timeout(120)
class PlainWordsTest {

    @TempDir
    Path dir;

    /** A loopback server that takes each connection, reads a little of it, and hangs up. */
    private static ServerSocket hangingUp() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                    s.setSoTimeout(2000);
                    in.read(new byte[512]);
                } catch (IOException e) {
                    // closed: the test is over, or the client went first
                }
            }
        }, "hanging-up");
        t.setDaemon(true);
        t.start();
        return server;
    }

    @Test
    void anEngineThatRefusesTheConnectionIsExplainedWithWhatToDo() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Throwable failure;
        try (DockerEngine engine = DockerJavaEngine.connect(new EngineEndpoint("tcp://127.0.0.1:" + port, null, "1.41"))) {
            failure = catchThrowable(engine::ping);
        }

        String message = PlainWords.explain(failure, "starting the Docker engine");
        assertPlain(message);
        assertThat(message).contains("127.0.0.1:" + port).contains("refused").contains("Start the Docker engine");
    }

    @Test
    void aTlsEndpointThatHangsUpDuringTheHandshakeIsExplainedWithoutTheSslClassName() throws IOException {
        Path certs = new TlsMaterialStore(dir.resolve("tls"), Clock.systemUTC()).ensure().clientDir();
        Throwable failure;
        try (ServerSocket server = hangingUp();
             DockerEngine engine = DockerJavaEngine.connect(new EngineEndpoint(
                     "tcp://127.0.0.1:" + server.getLocalPort(), certs, "1.41"))) {
            failure = catchThrowable(engine::ping);
        }

        assertThat(failure).isNotNull();
        String message = PlainWords.explain(failure, "starting the Docker engine");
        assertPlain(message);
        assertThat(message).contains("TLS").contains(certs.toString());
    }

    @Test
    void anEngineThatHangsUpWithoutAnAnswerIsExplained() throws IOException {
        Throwable failure;
        try (ServerSocket server = hangingUp();
             DockerEngine engine = DockerJavaEngine.connect(new EngineEndpoint(
                     "tcp://127.0.0.1:" + server.getLocalPort(), null, "1.41"))) {
            failure = catchThrowable(() -> engine.imagePresent("python:3.12"));
        }

        assertThat(failure).isNotNull();
        String message = PlainWords.explain(failure, "checking the images");
        assertPlain(message);
        assertThat(message).contains("Docker");
    }

    @Test
    void aMissingImageSaysHowToGetIt() {
        DockerEngine engine = SharedTestDaemon.engine();
        String image = "127.0.0.1:1/codedrill-no-such-image:1";

        Throwable failure = catchThrowable(() -> engine.create(ContainerSpec.builder(image).cmd("true").build()));

        assertThat(failure).isInstanceOf(ImageMissingException.class);
        String message = PlainWords.explain(failure, "making a sandbox");
        assertPlain(message);
        assertThat(message).contains(image).contains("docker pull " + image);
    }

    @Test
    void aHistoryOnAFullDiskSaysTheDiskIsFull() throws Exception {
        Throwable failure;
        try (FullDisk disk = FullDisk.mount(dir.resolve("disk"), 256).fill()) {
            failure = catchThrowable(() -> HistoryStore.open(disk.dir().resolve("data")).close());
        }

        assertThat(failure).as("opening a history on a full disk").isNotNull();
        String message = PlainWords.explain(failure, "opening your history");
        assertPlain(message);
        assertThat(message).startsWith("The disk is full, so opening your history could not finish.")
                .contains("Free some space");
    }

    @Test
    void aConfigThatIsNotJsonNamesTheFileAndThePlaceInWords() throws IOException {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\n  \"docker\": {\"mode\": \"host\",,}\n}");

        Throwable failure = catchThrowable(() -> new SettingsLoader().load(config));

        String message = PlainWords.explain(failure, "loading the settings");
        assertPlain(message);
        assertThat(message).contains(config.toString()).contains("line 2").contains("a field name in double quotes")
                .endsWith("Fix the config file and try again.");
    }

    @Test
    void aMissingFileNamesTheFile() {
        Path gone = dir.resolve("gone.py");

        Throwable failure = catchThrowable(() -> SourceFile.read(gone));

        String message = PlainWords.explain(failure, "reading your code");
        assertPlain(message);
        assertThat(message).isEqualTo(gone + " does not exist. Check the path and try again.");
    }

    @Test
    void aCancelledTaskSaysItWasStopped() {
        CompletableFuture<String> judging = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("never reached");
        }, r -> { });
        judging.cancel(true);

        Throwable failure = catchThrowable(judging::join);

        String message = PlainWords.explain(failure, "judging your code");
        assertPlain(message);
        assertThat(message).startsWith("Judging your code stopped before it finished");
    }

    @Test
    void anythingElseIsSomethingInsideCodeDrillWithTheLogFile() {
        Throwable failure = catchThrowable(() -> Integer.parseInt(""));

        String message = PlainWords.explain(failure, "reading the time limit");
        assertPlain(message);
        assertThat(message).startsWith("Something went wrong inside CodeDrill while reading the time limit.")
                .contains("The details are in the log: " + LogFile.path());
    }

    @Test
    void reportPutsTheClassNameAndTheStackInTheLogFileAndNotInTheMessage() throws IOException {
        Throwable failure = catchThrowable(() -> Integer.parseInt("forty-two"));
        String marker = "reading limit " + System.nanoTime();

        String message = PlainWords.report(failure, marker);

        assertPlain(message);
        String log = Files.readString(LogFile.path());
        assertThat(log).contains("Failed while " + marker)
                .contains("java.lang.NumberFormatException: For input string: \"forty-two\"")
                .contains("at java.base/java.lang.Integer.parseInt");
    }
}
