package dev.codedrill.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole configuration: built-in defaults with the user's JSON config merged over them.
 *
 * @param docker      how the engine is reached
 * @param languages   per-language overrides of the language registry (image, pool size), by language id
 * @param problemDirs extra problem folders (an instructor's pack) besides the bundled ones
 * @param dataDir     where history and certificates live; null means the platform default
 */
public record Settings(DockerSettings docker, Map<String, LanguageSettings> languages, List<Path> problemDirs,
                       Path dataDir) {

    public Settings {
        Objects.requireNonNull(docker, "docker");
        languages = Map.copyOf(languages == null ? Map.of() : languages);
        problemDirs = List.copyOf(problemDirs == null ? List.of() : problemDirs);
    }

    public LanguageSettings language(String id) {
        return languages.getOrDefault(id, LanguageSettings.EMPTY);
    }

    /** Engine settings. {@code host} null means DOCKER_HOST or the platform's default socket. */
    public record DockerSettings(DockerMode mode, String host, String certDir, String apiVersion, DindSettings dind) {
        public DockerSettings {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(dind, "dind");
            if (apiVersion == null || !apiVersion.matches("\\d+\\.\\d+")) {
                throw new IllegalArgumentException("apiVersion must look like 1.41, not '" + apiVersion + "'");
            }
            if (mode == DockerMode.REMOTE && (host == null || host.isBlank())) {
                throw new IllegalArgumentException("mode 'remote' needs docker.host (for example tcp://lab-server:2376)");
            }
        }
    }

    /**
     * The private daemon: its image, container name, how it is launched, the volume that keeps its images, whether
     * it outlives the app (so the next launch is fast), and the wait-for-docker loop.
     */
    public record DindSettings(String image, String name, DindLaunch launch, String volume, boolean keepRunning,
                               int waitAttempts, long waitDelayMs) {
        public DindSettings {
            if (image == null || image.isBlank()) {
                throw new IllegalArgumentException("image is required");
            }
            if (name == null || !name.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]*")) {
                throw new IllegalArgumentException("name must be a valid container name, not '" + name + "'");
            }
            Objects.requireNonNull(launch, "launch");
            if (volume == null || volume.isBlank()) {
                throw new IllegalArgumentException("volume is required");
            }
            if (waitAttempts < 1) {
                throw new IllegalArgumentException("waitAttempts must be at least 1, not " + waitAttempts);
            }
            if (waitDelayMs < 0) {
                throw new IllegalArgumentException("waitDelayMs must not be negative");
            }
        }
    }

    /** Per-language overrides; null fields keep the language registry's value. */
    public record LanguageSettings(String image, Integer poolSize) {
        public static final LanguageSettings EMPTY = new LanguageSettings(null, null);

        public LanguageSettings {
            if (poolSize != null && poolSize < 0) {
                throw new IllegalArgumentException("poolSize must not be negative, not " + poolSize);
            }
        }
    }
}
