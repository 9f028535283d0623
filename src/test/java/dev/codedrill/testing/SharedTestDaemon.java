package dev.codedrill.testing;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.app.AppContext;
import dev.codedrill.app.EngineStartup;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.dind.DindHealthMonitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One private daemon shared by every test that needs "the real inner daemon" but is not about starting it
 * (the pool, the judge). Its volume and certificates are kept between runs, so only the first run on a machine
 * pays for streaming the runner image in; later runs reuse the running daemon or restart it in seconds.
 */
public final class SharedTestDaemon {

    public static final String NAME = "codedrill-dind-tests";
    private static RunningEngine running;
    private static AppContext context;
    private static final AtomicInteger RESTARTS = new AtomicInteger();
    private static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"), "codedrill-tests-shared-daemon");

    private SharedTestDaemon() {
    }

    /** The inner engine, started on first use; fails (never skips) when it cannot start. */
    public static synchronized DockerEngine engine() {
        if (running == null) {
            context = AppContext.load(config());
            try {
                running = new EngineStartup(context).start(message -> System.out.println("[shared daemon] " + message));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> running.close(), "shared-daemon-close"));
        }
        return running.engine();
    }

    public static synchronized AppContext context() {
        engine();
        return context;
    }

    /**
     * Watches the shared daemon with the app's health monitor, as the app does (once per JVM): killed from outside,
     * it is restarted and its images put back in place by itself.
     */
    public static synchronized void watch() {
        engine();
        if (running.monitor().isPresent()) {
            return;
        }
        running = new EngineStartup(context).watch(running, new DindHealthMonitor.Listener() {
            @Override
            public void down(String reason) {
                System.out.println("[shared daemon] down: " + reason);
            }

            @Override
            public void back(EngineInfo info) {
                RESTARTS.incrementAndGet();
                System.out.println("[shared daemon] back: " + info.describe());
            }

            @Override
            public void recoveryFailed(String reason) {
                System.out.println("[shared daemon] recovery failed: " + reason);
            }
        }, Duration.ofSeconds(1));
    }

    /** How many times the health monitor of {@link #watch()} has brought the daemon back. */
    public static int restarts() {
        return RESTARTS.get();
    }

    private static Path config() {
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve("config.json");
            Files.writeString(file, configJson(List.of()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shared daemon's config with extra problem folders, for a test that runs a command (such as {@code check})
     * on its own problems in the shared daemon: the test writes it to a file of its own.
     */
    /** The data folder of {@link #configJson}'s configs (history, kept generated tests). */
    public static Path dataDir() {
        return DIR.resolve("data");
    }

    public static String configJson(List<Path> problemDirs) {
        String runner = TestEngine.runnerImage();
        StringBuilder languages = new StringBuilder();
        for (String id : LanguageSupports.all().stream().map(LanguageSupport::id).toList()) {
            languages.append(languages.isEmpty() ? "" : ", ").append('"').append(id).append("\": {\"image\": \"")
                    .append(runner).append("\"}");
        }
        StringBuilder dirs = new StringBuilder();
        for (Path dir : problemDirs) {
            dirs.append(dirs.isEmpty() ? "" : ", ").append('"').append(dir.toAbsolutePath()).append('"');
        }
        return "{\"docker\": {\"dind\": {\"image\": \"codedrill/dind:offline\", \"launch\": \"compat\", "
                + "\"name\": \"" + NAME + "\", \"volume\": \"" + NAME + "\", \"waitAttempts\": 60, "
                + "\"waitDelayMs\": 500}}, \"languages\": {" + languages + "}, \"dataDir\": \"" + DIR.resolve("data")
                + "\", \"problemDirs\": [" + dirs + "]}";
    }
}
