package dev.codedrill.pool;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.docker.StartupProgress;
import dev.codedrill.docker.images.ImageStatus;
import dev.codedrill.lang.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a language whose image has no working toolchain, before a learner's code meets it: in a real sandbox of
 * the image, as the sandbox user, each language's {@link Language#version() version command} must succeed. A language
 * that fails becomes unavailable with a reason that says what failed and what to do; the other languages of the
 * image stay. What passed is remembered by image id in {@code verified}, so an image is checked once, and again only
 * when it changes (rebuilt, updated, another image named in the config).
 */
public final class ToolchainCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ToolchainCheck.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** What of a failed check's output the reason quotes. */
    private static final int QUOTED = 200;

    private final DockerEngine engine;
    private final PoolConfig config;
    private final Path verified;

    /** @param verified the file that remembers the toolchains already checked (one per data dir) */
    public ToolchainCheck(DockerEngine engine, PoolConfig config, Path verified) {
        this.engine = engine;
        this.config = config;
        this.verified = verified;
    }

    /** The statuses again, with each language whose toolchain check failed moved to an unavailable status. */
    public List<ImageStatus> verify(List<ImageStatus> images, Collection<Language> languages,
                                    StartupProgress progress) {
        Map<String, Language> byId = new LinkedHashMap<>();
        languages.forEach(l -> byId.put(l.id(), l));
        Set<String> known = read();
        Set<String> passed = new LinkedHashSet<>(known);
        List<ImageStatus> result = new ArrayList<>();
        for (ImageStatus image : images) {
            if (!image.available()) {
                result.add(image);
                continue;
            }
            Optional<String> imageId = id(image.image());
            List<Language> toCheck = image.usedBy().stream().map(byId::get)
                    .filter(l -> l != null && !l.version().isEmpty())
                    .filter(l -> imageId.isEmpty() || !known.contains(key(imageId.get(), l)))
                    .toList();
            Map<String, String> failures = toCheck.isEmpty() ? Map.of() : check(image.image(), toCheck, progress);
            for (Language l : toCheck) {
                if (!failures.containsKey(l.id()) && imageId.isPresent()) {
                    passed.add(key(imageId.get(), l));
                }
            }
            List<String> working = image.usedBy().stream().filter(id -> !failures.containsKey(id)).toList();
            if (!working.isEmpty()) {
                result.add(new ImageStatus(image.image(), working, image.source(), image.reason()));
            }
            failures.forEach((id, reason) -> result.add(new ImageStatus(image.image(), List.of(id),
                    ImageStatus.Source.UNAVAILABLE, reason)));
        }
        if (!passed.equals(known)) {
            write(passed);
        }
        return result;
    }

    /** Runs the version commands of {@code toCheck} in one sandbox of {@code image}; the failures by language id. */
    private Map<String, String> check(String image, List<Language> toCheck, StartupProgress progress) {
        progress.report("Checking the toolchains in " + image + "…");
        Map<String, String> failures = new LinkedHashMap<>();
        SandboxFactory factory = new SandboxFactory(engine, config);
        SandboxContainer sandbox;
        try {
            sandbox = factory.create(toCheck.get(0), false);
        } catch (EngineException | SandboxException e) {
            LOG.warn("no sandbox of {} could be started to check its toolchains", image, e);
            toCheck.forEach(l -> failures.put(l.id(), "a sandbox of " + image + " could not be started to check "
                    + l.name() + " (" + firstLine(e.getMessage()) + "). " + advice(l)));
            return failures;
        }
        try {
            for (Language l : toCheck) {
                List<String> cmd = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" 2>&1", "sh"));
                cmd.addAll(l.version());
                ExecResult run;
                try {
                    run = engine.exec(sandbox.containerId(), new ExecRequest(cmd, SandboxFactory.USER,
                            SandboxFactory.WORK_DIR, SandboxFactory.RUN_ENV, 4096, 4096, TIMEOUT));
                } catch (EngineException e) {
                    LOG.warn("the toolchain check of {} in {} could not run", l.id(), image, e);
                    failures.put(l.id(), "the check of " + l.name() + " in " + image + " could not run ("
                            + firstLine(e.getMessage()) + "). " + advice(l));
                    continue;
                }
                if (run.exitCode() == null || run.exitCode() != 0) {
                    String said = run.stdoutText().strip();
                    LOG.warn("toolchain check of {} in {} failed: exit {}: {}", l.id(), image, run.exitCode(), said);
                    failures.put(l.id(), "the image " + image + " has no working " + l.name() + ": `"
                            + String.join(" ", l.version()) + "` " + (run.exitCode() == null ? "did not finish"
                            : "failed (exit " + run.exitCode() + ")") + (said.isEmpty() ? "" : ": "
                            + firstLine(said)) + ". " + advice(l));
                } else {
                    LOG.info("toolchain of {} in {}: {}", l.id(), image, firstLine(run.stdoutText().strip()));
                }
            }
        } finally {
            try {
                factory.destroy(sandbox);
            } catch (RuntimeException e) {
                LOG.warn("could not remove the toolchain check's sandbox {}", sandbox.name(), e);
            }
        }
        return failures;
    }

    private static String advice(Language l) {
        return "Build the offline images again (sudo packaging/images/build-offline-images.sh), or set languages."
                + l.id() + ".image in the config to an image that has " + l.name() + ".";
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.length() > QUOTED ? line.substring(0, QUOTED) + "…" : line;
    }

    private Optional<String> id(String image) {
        try {
            return engine.imageId(image);
        } catch (EngineException e) {
            return Optional.empty(); // checked, not remembered
        }
    }

    /** The image, the language and its command: a change of any of them checks again. */
    private static String key(String imageId, Language l) {
        return imageId + " " + l.id() + " " + Integer.toHexString(String.join("\u0000", l.version()).hashCode());
    }

    private Set<String> read() {
        try {
            return Files.exists(verified) ? new LinkedHashSet<>(Files.readAllLines(verified, StandardCharsets.UTF_8))
                    : Set.of();
        } catch (IOException e) {
            LOG.warn("could not read {}: checking every toolchain", verified, e);
            return Set.of();
        }
    }

    private void write(Set<String> keys) {
        try {
            Files.createDirectories(verified.getParent());
            Path temp = Files.createTempFile(verified.getParent(), "verified-toolchains", ".tmp");
            Files.write(temp, keys, StandardCharsets.UTF_8);
            Files.move(temp, verified, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not remember the checked toolchains in {}", verified, e);
        }
    }
}
