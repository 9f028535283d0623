package dev.codedrill.app;

import dev.codedrill.config.AppDirs;
import dev.codedrill.config.Installation;
import dev.codedrill.config.Settings;
import dev.codedrill.config.SettingsLoader;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.DockerJavaEngine;
import dev.codedrill.docker.EngineEndpoint;
import dev.codedrill.lang.LanguageRegistry;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.pack.PackStore;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.docker.StartupProgress;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the CLI and the GUI share: the effective settings, where they came from, the languages,
 * and how to reach the engine.
 */
public record AppContext(Settings settings, String configOrigin, AppDirs dirs, LanguageRegistry languages,
                         String sessionId) {

    public static AppContext load(Path explicitConfig) {
        AppDirs dirs = AppDirs.forCurrentUser();
        Settings settings = new SettingsLoader().load(explicitConfig, dirs);
        if (settings.dataDir() != null) {
            dirs = new AppDirs(dirs.configDir(), settings.dataDir());
        }
        settings = forInstallation(settings, Installation.of(dirs.dataDir()));
        PrivateDir.ensure(dirs.dataDir());
        String origin = explicitConfig != null ? explicitConfig.toString()
                : dirs.configFile().toFile().isFile() ? dirs.configFile().toString() : "built-in defaults";
        return new AppContext(settings, origin, dirs, LanguageRegistry.load(settings), UUID.randomUUID().toString());
    }

    /** The warm pool's settings for this session: its id, and the sandboxes' runtime from the config. */
    public PoolConfig poolConfig() {
        return PoolConfig.defaults().withSessionId(sessionId).withRuntime(settings.sandbox().runtime());
    }

    /** The installation these settings belong to: its data dir's (see {@link Installation}). */
    public Installation installation() {
        return Installation.of(dirs.dataDir());
    }

    /** The settings with the private daemon's name and volume this installation's own where the config names none. */
    static Settings forInstallation(Settings settings, Installation installation) {
        Settings.DockerSettings docker = settings.docker();
        return new Settings(new Settings.DockerSettings(docker.mode(), docker.host(), docker.certDir(),
                docker.apiVersion(), docker.dind().forInstallation(installation)), settings.languages(),
                settings.problemDirs(), settings.dataDir(), settings.ui(), settings.judge(), settings.sandbox());
    }

    /** The lock files that tell this installation's live sessions from its crashed ones. */
    public SessionLocks sessionLocks() {
        return new SessionLocks(dirs.dataDir().resolve("sessions"));
    }

    /**
     * Where problems are loaded from: the bundled folder (the {@code codedrill.problems} property, else
     * {@link #bundledProblems}), the imported packs, the learner's own ({@link #myProblemsDir}), then the config's
     * extra folders.
     */
    public List<Path> problemRoots() {
        List<Path> roots = new ArrayList<>(bundledRoot().stream().toList());
        roots.addAll(packs().problemRoots());
        roots.add(myProblemsDir());
        roots.addAll(settings.problemDirs());
        return roots;
    }

    /** The folders problems load from that are not imported packs: a pack may not take the id of one of theirs. */
    public List<Path> ownProblemRoots() {
        List<Path> roots = new ArrayList<>(bundledRoot().stream().toList());
        roots.add(myProblemsDir());
        roots.addAll(settings.problemDirs());
        return roots;
    }

    /**
     * Where the app's File › New problem… makes problems ({@code my-problems} in the data dir): they load with the
     * others, in the app and in {@code judge} and {@code check}.
     */
    public Path myProblemsDir() {
        return dirs.dataDir().resolve("my-problems");
    }

    private static Optional<Path> bundledRoot() {
        String property = System.getProperty("codedrill.problems");
        return property != null ? Optional.of(Path.of(property))
                : bundledProblems(codeLocation().orElse(null), Path.of(""));
    }

    /** The packs the user imported (codedrill pack import), in the data dir. */
    public PackStore packs() {
        return new PackStore(dirs.dataDir().resolve("packs"));
    }

    /** Every problem, each read whole: a fault in its tests makes it broken ({@code check}, {@code judge}). */
    public ProblemLibrary loadProblems() {
        return new ProblemLoader(LanguageSupports.byExtension()).load(problemRoots());
    }

    /** Every problem, its tests read when first used: what the app lists at once. */
    public ProblemLibrary loadProblemsTestsLater() {
        return new ProblemLoader(LanguageSupports.byExtension()).readingTestsWhenFirstUsed().load(problemRoots());
    }

    /** Where the tests problems' generators make are kept between sessions. */
    public Path generatedTestsDir() {
        return dirs.dataDir().resolve("generated-tests");
    }

    /**
     * The problems that come with the app: a {@code problems} folder beside the jar (where the installers put it:
     * lib/app/ on Linux, app\ on Windows, Contents/app/ on macOS), or one or two folders above it
     * (target/codedrill.jar in the repository); else {@code problems} in the working directory.
     *
     * @param jar the app's jar, or null when there is none to look beside
     */
    static Optional<Path> bundledProblems(Path jar, Path workingDir) {
        Path dir = jar == null ? null : jar.toAbsolutePath().getParent();
        for (int up = 0; up <= 2 && dir != null; up++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("problems"))) {
                return Optional.of(dir.resolve("problems"));
            }
        }
        Path local = workingDir.resolve("problems");
        return Files.isDirectory(local) ? Optional.of(local.toAbsolutePath()) : Optional.empty();
    }

    /** The jar (or classes folder) this class was loaded from, if the runtime says. */
    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(AppContext.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The host's own engine (DOCKER_HOST, the config's docker.host, or the default socket). */
    public EngineEndpoint hostEndpoint() {
        return EngineEndpoint.hostEngine(settings.docker());
    }

    public DockerEngine connectHostEngine() {
        return DockerJavaEngine.connect(hostEndpoint());
    }

    /**
     * Starts the engine that sandbox containers run in (the private daemon in mode {@code dind},
     * docs/architecture.md#the-private-daemon), reporting progress; the caller closes it.
     */
    public RunningEngine startSandboxEngine(StartupProgress progress) throws InterruptedException {
        return new EngineStartup(this).start(progress);
    }
}
