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
