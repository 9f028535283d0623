package dev.codedrill.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineUnavailableTest {

    @TempDir
    Path dir;

    @Test
    void aMissingSocketSaysNoEngineRunsAndHowToStartOne() {
        Path socket = dir.resolve("docker.sock");
        try (DockerEngine engine = DockerJavaEngine.connect(new EngineEndpoint("unix://" + socket, null, "1.41"))) {
            assertThatThrownBy(engine::ping)
                    .isInstanceOfSatisfying(EngineUnavailableException.class, e -> {
                        assertThat(e.getMessage()).contains("No Docker engine is running").contains(socket.toString());
                        assertThat(e.nextStep()).contains("Start Docker");
                    });
        }
    }

    @Test
    void aRefusedTcpPortOnLoopbackSaysConnectionRefused() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there now
        }
        try (DockerEngine engine = DockerJavaEngine.connect(new EngineEndpoint("tcp://127.0.0.1:" + port, null, "1.41"))) {
            assertThatThrownBy(engine::ping)
                    .isInstanceOfSatisfying(EngineUnavailableException.class, e -> {
                        assertThat(e.getMessage()).contains("127.0.0.1:" + port).contains("refused");
                        assertThat(e.nextStep()).isNotBlank();
                    });
        }
    }
}
