package dev.codedrill.app;

import dev.codedrill.config.AppDirs;
import java.nio.file.Path;

/**
 * Where the log file is: {@code logs/codedrill.log} in the user's data dir (beside the history's default place), or
 * the file named by the {@value #PROPERTY} system property (the tests use it to keep their log in target/).
 * {@link LogConfigurator} writes there, and messages to the user name it.
 */
public final class LogFile {

    public static final String PROPERTY = "codedrill.logFile";

    private LogFile() {
    }

    public static Path path() {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            return Path.of(named).toAbsolutePath();
        }
        return AppDirs.forCurrentUser().dataDir().resolve("logs").resolve("codedrill.log").toAbsolutePath();
    }
}
