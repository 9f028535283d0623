package dev.codedrill.testing;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.app.AppContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A config for a private daemon of a test's own (its own container name, volume and data dir), on the offline
 * images with the compat launch, so tests never meet the user's daemon or each other's.
 */
public final class DindFixture {

    public final String name;
    public final String volume;
    public final Path dataDir;
    public final Path config;

    public DindFixture(Path dir, String launch) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        this.name = "codedrill-dind-test-" + suffix;
        this.volume = "codedrill-dind-test-" + suffix;
        this.dataDir = dir.resolve("data");
        this.config = dir.resolve("config.json");
        String runner = TestEngine.runnerImage();
        StringBuilder languages = new StringBuilder();
        for (String id : LanguageSupports.all().stream().map(LanguageSupport::id).toList()) {
            languages.append(languages.isEmpty() ? "" : ", ").append("\"").append(id).append("\": {\"image\": \"")
                    .append(runner).append("\"}");
        }
        String json = "{\"docker\": {\"dind\": {\"image\": \"codedrill/dind:offline\", \"launch\": \"" + launch
                + "\", \"name\": \"" + name + "\", \"volume\": \"" + volume
                + "\", \"waitAttempts\": 60, \"waitDelayMs\": 500}},"
                + " \"languages\": {" + languages + "}, \"dataDir\": \"" + dataDir + "\"}";
        try {
            Files.createDirectories(dir);
            Files.writeString(config, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AppContext context() {
        return AppContext.load(config);
    }

    /** Removes the daemon's container and volume. */
    public void destroy() {
        DockerCli.run("rm", "-f", "-v", name);
        DockerCli.run("volume", "rm", "-f", volume);
    }
}
