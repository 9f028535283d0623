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
 * @param ui          how the window looks
 * @param judge       how submissions are judged
 * @param sandbox     how the sandbox containers that run code are made
 */
public record Settings(DockerSettings docker, Map<String, LanguageSettings> languages, List<Path> problemDirs,
                       Path dataDir, UiSettings ui, JudgeSettings judge, SandboxSettings sandbox) {

    public Settings {
        Objects.requireNonNull(docker, "docker");
        Objects.requireNonNull(ui, "ui is required");
        Objects.requireNonNull(judge, "judge is required");
        sandbox = sandbox == null ? SandboxSettings.ENGINE_DEFAULT : sandbox;
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
     * it outlives the app (so the next launch is fast), and the wait-for-docker loop. A null name or volume (the
     * default) means this installation's own ({@link Installation}): see {@link #forInstallation}. {@code memoryMb}
     * and {@code pids} cap the private daemon's container as a whole (the daemon and every sandbox in it), so that
     * nothing run there can take the machine; null: no cap. {@code usernsRemap} starts the private daemon with
     * user-namespace remapping, so that root in a sandbox is an unprivileged uid of the daemon's container.
     */
    public record DindSettings(String image, String name, DindLaunch launch, String volume, boolean keepRunning,
                               int waitAttempts, long waitDelayMs, Long memoryMb, Long pids, boolean usernsRemap) {
        /** Below this the private daemon and a warm pool do not fit. */
        static final long MIN_MEMORY_MB = 512;
        static final long MIN_PIDS = 256;

        public DindSettings {
            if (memoryMb != null && memoryMb < MIN_MEMORY_MB) {
                throw new IllegalArgumentException("memoryMb must be at least " + MIN_MEMORY_MB
                        + " (the daemon and its warm pool need it), not " + memoryMb);
            }
            if (pids != null && pids < MIN_PIDS) {
                throw new IllegalArgumentException("pids must be at least " + MIN_PIDS + ", not " + pids);
            }
            if (image == null || image.isBlank()) {
                throw new IllegalArgumentException("image is required");
            }
            if (name != null && !name.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]*")) {
                throw new IllegalArgumentException("name must be a valid container name, not '" + name + "'");
            }
            Objects.requireNonNull(launch, "launch");
            if (volume != null && volume.isBlank()) {
                throw new IllegalArgumentException("volume must not be blank");
            }
            if (waitAttempts < 1) {
                throw new IllegalArgumentException("waitAttempts must be at least 1, not " + waitAttempts);
            }
            if (waitDelayMs < 0) {
                throw new IllegalArgumentException("waitDelayMs must not be negative");
            }
        }

        /** These settings with the installation's own name and volume where the config names none. */
        public DindSettings forInstallation(Installation installation) {
            return new DindSettings(image, name == null ? installation.daemonName() : name, launch,
                    volume == null ? installation.daemonVolume() : volume, keepRunning, waitAttempts, waitDelayMs,
                    memoryMb, pids, usernsRemap);
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

    /**
     * The window's look. {@code presentation} is for instructors at a projector: larger text everywhere.
     *
     * @param theme    {@code light} or {@code dark}
     * @param fontSize the editor's font size in points
     */
    public record UiSettings(String theme, int fontSize, boolean presentation) {
        public static final String LIGHT = "light";
        public static final String DARK = "dark";
        public static final int MIN_FONT_SIZE = 8;
        public static final int MAX_FONT_SIZE = 48;

        public UiSettings {
            if (!LIGHT.equals(theme) && !DARK.equals(theme)) {
                throw new IllegalArgumentException("theme must be light or dark, not '" + theme + "'");
            }
            if (fontSize < MIN_FONT_SIZE || fontSize > MAX_FONT_SIZE) {
                throw new IllegalArgumentException("fontSize must be between " + MIN_FONT_SIZE + " and " + MAX_FONT_SIZE
                        + ", not " + fontSize);
            }
        }
    }

    /**
     * How the sandbox containers are made.
     *
     * @param runtime the OCI runtime that runs them, as the engine registered it: {@code "runsc"} for gVisor (the
     *                offline daemon image has it), whose own kernel stands between the code and the host's; null for
     *                the engine's default (runc)
     */
    public record SandboxSettings(String runtime) {
        public static final SandboxSettings ENGINE_DEFAULT = new SandboxSettings(null);

        public SandboxSettings {
            if (runtime != null && !runtime.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]*")) {
                throw new IllegalArgumentException("runtime must be a runtime's name such as runsc, not '" + runtime
                        + "'");
            }
        }

        /** The runtime's name as a person reads it. */
        public String describe() {
            if (runtime == null) {
                return "the engine's default runtime (runc)";
            }
            return runtime.equals("runsc") ? "runsc (gVisor)" : runtime;
        }
    }

    /**
     * How submissions are judged on this machine.
     *
     * @param workers        submissions judged at the same time (the submission queue's workers)
     * @param timeFactor     multiplies every problem's time limit, for slow laptops
     * @param compileSeconds the time limit of a compile
     * @param allTests       a submission runs every test, instead of stopping at the first that is not accepted
     */
    public record JudgeSettings(int workers, double timeFactor, int compileSeconds, boolean allTests) {
        public static final int MIN_WORKERS = 1;
        public static final int MAX_WORKERS = 8;
        public static final double MIN_TIME_FACTOR = 0.5;
        public static final double MAX_TIME_FACTOR = 10;
        public static final int MIN_COMPILE_SECONDS = 5;
        public static final int MAX_COMPILE_SECONDS = 300;

        public JudgeSettings {
            if (workers < MIN_WORKERS || workers > MAX_WORKERS) {
                throw new IllegalArgumentException("workers must be between " + MIN_WORKERS + " and " + MAX_WORKERS
                        + ", not " + workers);
            }
            // written so that NaN fails too
            if (!(timeFactor >= MIN_TIME_FACTOR && timeFactor <= MAX_TIME_FACTOR)) {
                throw new IllegalArgumentException("timeFactor must be between " + MIN_TIME_FACTOR + " and "
                        + MAX_TIME_FACTOR + ", not " + timeFactor);
            }
            if (compileSeconds < MIN_COMPILE_SECONDS || compileSeconds > MAX_COMPILE_SECONDS) {
                throw new IllegalArgumentException("compileSeconds must be between " + MIN_COMPILE_SECONDS + " and "
                        + MAX_COMPILE_SECONDS + ", not " + compileSeconds);
            }
        }

        /** Settings that stop a submission at its first failing test (the default). */
        public JudgeSettings(int workers, double timeFactor, int compileSeconds) {
            this(workers, timeFactor, compileSeconds, false);
        }
    }
}
