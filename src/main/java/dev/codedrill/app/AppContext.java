package dev.codedrill.app;

import dev.codedrill.config.AppDirs;
import dev.codedrill.config.Settings;
import dev.codedrill.config.SettingsLoader;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.DockerJavaEngine;
import dev.codedrill.docker.EngineEndpoint;
import dev.codedrill.lang.LanguageRegistry;
import java.nio.file.Path;

/**
 * What the CLI and the GUI share: the effective settings, where they came from, the languages,
 * and how to reach the engine.
 */
public record AppContext(Settings settings, String configOrigin, AppDirs dirs, LanguageRegistry languages) {

    public static AppContext load(Path explicitConfig) {
        AppDirs dirs = AppDirs.forCurrentUser();
        Settings settings = new SettingsLoader().load(explicitConfig, dirs);
        if (settings.dataDir() != null) {
            dirs = new AppDirs(dirs.configDir(), settings.dataDir());
        }
        String origin = explicitConfig != null ? explicitConfig.toString()
                : dirs.configFile().toFile().isFile() ? dirs.configFile().toString() : "built-in defaults";
        return new AppContext(settings, origin, dirs, LanguageRegistry.load(settings));
    }

    /** The host's own engine (DOCKER_HOST, the config's docker.host, or the default socket). */
    public EngineEndpoint hostEndpoint() {
        return EngineEndpoint.hostEngine(settings.docker());
    }

    public DockerEngine connectHostEngine() {
        return DockerJavaEngine.connect(hostEndpoint());
    }

    /**
     * The engine that sandbox containers run in. In mode {@code dind} this becomes the private inner daemon once
     * it is started (DESIGN.md §3); until that lands, and in modes {@code host} and {@code remote}, it is the
     * configured engine itself.
     */
    public DockerEngine connectSandboxEngine() {
        return connectHostEngine();
    }
}
