package dev.codedrill.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where CodeDrill keeps its config and its data (history, certificates), per operating system. */
public record AppDirs(Path configDir, Path dataDir) {

    public AppDirs {
        if (configDir == null || dataDir == null) {
            throw new IllegalArgumentException("configDir and dataDir are required");
        }
    }

    public Path configFile() {
        return configDir.resolve("config.json");
    }

    /** The platform's usual places: XDG on Linux, Application Support on macOS, AppData on Windows. */
    public static AppDirs forCurrentUser() {
        return forPlatform(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv());
    }

    static AppDirs forPlatform(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = envPath(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = envPath(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new AppDirs(roaming.resolve("CodeDrill"), local.resolve("CodeDrill"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve("CodeDrill");
            return new AppDirs(support, support);
        }
        Path config = envPath(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        Path data = envPath(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
        return new AppDirs(config.resolve("codedrill"), data.resolve("codedrill"));
    }

    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
