package dev.codedrill.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.testing.TestEngine;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The facade's volume, memory-update and kill calls against the real host engine. */
class DockerJavaEngineVolumesTest {

    private static final String USER = TestEngine.SANDBOX_USER;
    private static DockerEngine engine;
    private final List<String> containers = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();
    private final String tag = "vt-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void connect() {
        engine = TestEngine.hostEngine();
        assertThat(engine.ping().version()).as("the host engine answers").isNotBlank();
    }

    @AfterAll
    static void disconnect() {
        engine.close();
    }

    @AfterEach
    void cleanUp() {
        containers.forEach(engine::remove);
        volumes.forEach(engine::removeVolume);
    }

    private String tmpfsVolume(String size) {
        String name = "codedrill-test-" + tag + "-" + volumes.size();
        engine.createVolume(name, Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=" + size + ",uid=65534"),
                Map.of("dev.codedrill.test", tag));
        volumes.add(name);
        return name;
    }

    private String start(ContainerSpec spec) {
        String id = engine.create(spec);
        containers.add(id);
        engine.start(id);
        return id;
    }

    @Test
    void aTmpfsVolumeTakesATarIntoAReadOnlyContainerAndCapsWhatCanBeWritten(TestInfo test) {
        String volume = tmpfsVolume("8m");
        String id = start(TestEngine.sandbox(test.getDisplayName()).readOnlyRootfs(true).volume(volume, "/work").build());
        byte[] tar = Tar.ownedBy(65534).file("hello.txt", "hi\n").toBytes();
        engine.copyTar(id, "/work", new ByteArrayInputStream(tar));

        ExecResult cat = engine.exec(id, ExecRequest.of(USER, Duration.ofSeconds(10), "cat", "/work/hello.txt"));
        ExecResult big = engine.exec(id, ExecRequest.of(USER, Duration.ofSeconds(10), "sh", "-c",
                "head -c 20m /dev/zero > /work/big"));

        assertThat(cat.stdoutText()).isEqualTo("hi\n");
        assertThat(big.exitCode()).isNotZero();
        assertThat(big.stderrText()).contains("No space left");
    }

    @Test
    void volumesCarryTheAppLabelAndAreListedByLabelAndRemovedOnceOrTwice() {
        String volume = tmpfsVolume("1m");
        assertThat(engine.listVolumes(Map.of("dev.codedrill.test", tag, Labels.APP, Labels.APP_VALUE)))
                .containsExactly(volume);
        engine.removeVolume(volume);
        engine.removeVolume(volume);
        assertThat(engine.listVolumes(Map.of("dev.codedrill.test", tag))).isEmpty();
    }

    @Test
    void updateMemoryChangesARunningContainersLimitBothWays(TestInfo test) {
        String id = start(TestEngine.sandbox(test.getDisplayName()).build());
        ExecRequest limit = ExecRequest.of(USER, Duration.ofSeconds(10), "cat",
                "/sys/fs/cgroup/memory/memory.limit_in_bytes");

        engine.updateMemory(id, 768L * 1024 * 1024);
        assertThat(engine.exec(id, limit).stdoutText().strip()).isEqualTo(String.valueOf(768L * 1024 * 1024));
        engine.updateMemory(id, 128L * 1024 * 1024);
        assertThat(engine.exec(id, limit).stdoutText().strip()).isEqualTo(String.valueOf(128L * 1024 * 1024));
    }

    @Test
    void killStopsTheContainerAndAStoppedOrMissingOneIsFine(TestInfo test) {
        String id = start(TestEngine.sandbox(test.getDisplayName()).build());
        engine.kill(id);
        assertThat(engine.inspect(id).running()).isFalse();
        engine.kill(id); // already stopped: what the kill was for (the engine answers 409 "is not running")
        engine.remove(id);
        engine.kill(id);
    }
}
