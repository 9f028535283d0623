package dev.codedrill.docker.dind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.app.AppContext;
import dev.codedrill.app.EngineStartup;
import dev.codedrill.config.Installation;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.Labels;
import dev.codedrill.testing.DockerCli;
import dev.codedrill.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a shared engine (a lab PC, a classroom server), a private daemon that another installation made is never
 * replaced, stopped or removed, even when a config gives it the same name.
 */
class DaemonOwnershipTest {

    @TempDir
    Path temp;

    private final String name = "codedrill-dind-someone-else-" + UUID.randomUUID().toString().substring(0, 8);
    private AppContext mine;

    /** "Someone else's" daemon: a container with a private daemon's labels and another installation's id. */
    @BeforeEach
    void someoneElsesDaemonRuns() throws Exception {
        DockerCli.ok(DockerCli.run("run", "-d", "--name", name, "--label", Labels.ROLE + "=dind",
                "--label", Installation.LABEL + "=0000ffff", TestEngine.runnerImage(), "sleep", "600"));
        Path config = temp.resolve("config.json");
        Files.writeString(config, "{\"dataDir\": \"" + temp.resolve("data") + "\", \"docker\": {\"dind\": "
                + "{\"image\": \"codedrill/dind:offline\", \"launch\": \"compat\", \"name\": \"" + name
                + "\", \"volume\": \"" + name + "\"}}}");
        mine = AppContext.load(config);
    }

    @AfterEach
    void removeIt() {
        DockerCli.run("rm", "-f", name);
        DockerCli.run("volume", "rm", "-f", name);
    }

    private String state() {
        return DockerCli.ok(DockerCli.run("inspect", "-f", "{{.State.Running}} {{.Id}}", name)).strip();
    }

    @Test
    void startingRefusesToReplaceADaemonAnotherInstallationMadeAndSaysWhatToDo() throws Exception {
        String before = state();
        try (DockerEngine host = mine.connectHostEngine()) {
            DindDaemon daemon = new EngineStartup(mine).dindDaemon(host);
            assertThatThrownBy(() -> daemon.start(message -> { }))
                    .isInstanceOf(DindStartException.class)
                    .hasMessageContaining(name).hasMessageContaining("another CodeDrill installation")
                    .hasMessageContaining("Remove the docker.dind name and volume from your config");
        }
        assertThat(state()).isEqualTo(before).startsWith("true");
    }

    @Test
    void stoppingLeavesADaemonAnotherInstallationMadeRunning() throws Exception {
        try (DockerEngine host = mine.connectHostEngine()) {
            assertThat(new EngineStartup(mine).dindDaemon(host).stop()).isEqualTo(DindDaemon.Stopped.NOT_OURS);
        }
        assertThat(state()).startsWith("true");
    }
}
