package dev.codedrill.app;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.dind.DindDaemon;
import dev.codedrill.docker.dind.DindHealthMonitor;
import dev.codedrill.docker.images.ImageStatus;
import java.util.List;
import java.util.Optional;

/**
 * The engine code runs in, once started: in mode dind the private daemon (behind a switchable engine that
 * follows restarts), else the configured engine itself; with each image's status.
 *
 * @param host    the host engine (closed with this), or null in modes host and remote
 * @param monitor the private daemon's health monitor, when there is one
 * @param session this session's lock: while held, its containers are nobody's orphans
 */
public record RunningEngine(DockerEngine engine, EngineInfo info, List<ImageStatus> images, DockerEngine host,
                            Optional<DindDaemon> dind, Optional<DindHealthMonitor> monitor,
                            SessionLocks.Held session) implements AutoCloseable {

    public RunningEngine {
        images = List.copyOf(images);
    }

    /** Why the language cannot run in this engine (its image unavailable or its toolchain refused); empty: it can. */
    public Optional<String> unavailable(String languageId) {
        return images.stream().filter(i -> !i.available() && i.usedBy().contains(languageId))
                .map(ImageStatus::reason).findFirst();
    }

    /**
     * This engine, when the language can run in it; otherwise closes it and throws {@link
     * LanguageUnavailableException} with the reason.
     */
    public RunningEngine requireLanguage(String languageId, String languageName) {
        Optional<String> reason = unavailable(languageId);
        if (reason.isPresent()) {
            close();
            throw new LanguageUnavailableException(languageName, reason.get());
        }
        return this;
    }

    public boolean imagesReady() {
        return images.stream().allMatch(ImageStatus::available);
    }

    /** Stops watching and lets go of the engines; the private daemon keeps running unless told otherwise. */
    @Override
    public void close() {
        monitor.ifPresent(DindHealthMonitor::close);
        dind.filter(d -> !d.settings().keepRunning()).ifPresent(DindDaemon::stop);
        engine.close();
        if (host != null) {
            host.close();
        }
        session.close();
    }
}
