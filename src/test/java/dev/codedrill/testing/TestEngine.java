package dev.codedrill.testing;

import dev.codedrill.config.Settings;
import dev.codedrill.config.SettingsLoader;
import dev.codedrill.docker.ContainerSpec;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.DockerJavaEngine;
import dev.codedrill.docker.EngineEndpoint;
import java.nio.file.Path;

/**
 * The real host engine and the offline images, as the README's test command prepares them. Tests fail (never skip)
 * when the engine is not there: CI must run them.
 */
public final class TestEngine {

    public static final String SANDBOX_USER = "65534:65534";

    private TestEngine() {
    }

    /** The offline config the tests use (packaging/images/offline.json). */
    public static Path offlineConfig() {
        String configured = System.getProperty("codedrill.testConfig");
        return configured != null ? Path.of(configured) : Path.of("packaging/images/offline.json");
    }

    public static Settings offlineSettings() {
        return new SettingsLoader().load(offlineConfig());
    }

    public static String runnerImage() {
        return offlineSettings().language("python").image();
    }

    public static DockerEngine hostEngine() {
        return DockerJavaEngine.connect(EngineEndpoint.hostEngine(offlineSettings().docker()));
    }

    /**
     * A long-lived sandbox container from the runner image, as the pool will make them. Its keep-alive process runs
     * as root (with no capabilities) so that killing every process of the sandbox user leaves the container up.
     */
    public static ContainerSpec.Builder sandbox(String testName) {
        return ContainerSpec.builder(runnerImage())
                .cmd("sleep", "infinity")
                .init(true)
                .networkDisabled(true)
                .capDrop("ALL")
                .noNewPrivileges(true)
                .memoryBytes(256L * 1024 * 1024)
                .pidsLimit(128)
                .tmpfs("/tmp", "rw,size=16m,mode=1777")
                .label("dev.codedrill.role", "test")
                .label("dev.codedrill.test", testName);
    }
}
