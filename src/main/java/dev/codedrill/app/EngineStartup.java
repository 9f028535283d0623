package dev.codedrill.app;

import dev.codedrill.config.DockerMode;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.OrphanSweeper;
import dev.codedrill.docker.StartupProgress;
import dev.codedrill.docker.SwitchableEngine;
import dev.codedrill.docker.dind.DindDaemon;
import dev.codedrill.docker.dind.DindHealthMonitor;
import dev.codedrill.docker.dind.TlsMaterialStore;
import dev.codedrill.docker.images.ImageProvisioner;
import dev.codedrill.pool.ToolchainCheck;
import dev.codedrill.docker.images.ImageStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Brings up the engine code runs in (docs/architecture.md#starting-the-engine): connect to the host engine; in mode
 * dind start or reuse the private daemon and wait for it; remove this installation's orphans; put every language's
 * image in place.
 */
public final class EngineStartup {

    /** In the data dir: the toolchains already checked, by image id ({@link ToolchainCheck}). */
    static final String VERIFIED_TOOLCHAINS = "verified-toolchains.txt";

    private final AppContext context;

    public EngineStartup(AppContext context) {
        this.context = context;
    }

    public RunningEngine start(StartupProgress progress) throws InterruptedException {
        DockerEngine configured = context.connectHostEngine();
        try {
            progress.report("Connecting to the Docker engine at " + configured.endpoint() + "…");
            EngineInfo hostInfo = configured.ping();
            if (context.settings().docker().mode() != DockerMode.DIND) {
                progress.report("Docker engine ready: " + hostInfo.describe());
                return finish(configured, hostInfo, null, null, progress);
            }
            DindDaemon daemon = dindDaemon(configured);
            DindDaemon.Started started = daemon.start(progress);
            return finish(new SwitchableEngine(started.engine()), started.info(), configured, new DindRun(daemon, started),
                    progress);
        } catch (InterruptedException | RuntimeException e) {
            configured.close();
            throw e;
        }
    }

    public DindDaemon dindDaemon(DockerEngine host) {
        TlsMaterialStore tls = new TlsMaterialStore(context.dirs().dataDir().resolve("dind-tls"), Clock.systemUTC());
        return new DindDaemon(host, context.settings().docker().dind(), context.installation(), tls.ensure(),
                context.settings().docker().apiVersion(), Thread::sleep);
    }

    private record DindRun(DindDaemon daemon, DindDaemon.Started started) {
    }

    private RunningEngine finish(DockerEngine engine, EngineInfo info, DockerEngine host, DindRun dind,
                                 StartupProgress progress) {
        SessionLocks locks = context.sessionLocks();
        SessionLocks.Held session = locks.hold(context.sessionId());
        for (String dead : deadSessions(engine, locks)) {
            locks.forget(dead);
        }
        ImageProvisioner provisioner = new ImageProvisioner(host, engine);
        List<ImageStatus> images = new ToolchainCheck(engine, context.poolConfig(),
                context.dirs().dataDir().resolve(VERIFIED_TOOLCHAINS))
                .verify(provisioner.ensure(context.languages().all(), progress), context.languages().all(), progress);
        long missing = images.stream().filter(i -> !i.available()).count();
        progress.report(missing == 0 ? "All images present" : missing + " image(s) unavailable");
        return new RunningEngine(engine, info, images, host,
                Optional.ofNullable(dind).map(DindRun::daemon), Optional.empty(), session);
    }

    /** Removes the containers of this installation's dead sessions; returns those sessions. */
    private List<String> deadSessions(DockerEngine engine, SessionLocks locks) {
        java.util.Set<String> dead = new java.util.LinkedHashSet<>();
        OrphanSweeper.sweep(engine, context.sessionId(), s -> {
            boolean orphaned = locks.isMine(s) && !locks.isAlive(s);
            if (orphaned) {
                dead.add(s);
            }
            return orphaned;
        });
        return List.copyOf(dead);
    }

    /**
     * Watches the private daemon of {@code running} (mode dind) and recovers it when it dies; the images are put
     * back in place after a restart. Returns the engine with its monitor, which {@link RunningEngine#close} stops.
     */
    public RunningEngine watch(RunningEngine running, DindHealthMonitor.Listener listener, Duration interval) {
        if (running.dind().isEmpty() || !(running.engine() instanceof SwitchableEngine switchable)) {
            return running;
        }
        DindDaemon daemon = running.dind().get();
        String containerId = daemon.find().orElseThrow(() -> new EngineException("the private daemon is gone")).id();
        ImageProvisioner provisioner = new ImageProvisioner(running.host(), switchable);
        DindHealthMonitor monitor = new DindHealthMonitor(daemon, containerId, switchable,
                () -> provisioner.ensure(context.languages().all(), StartupProgress.NONE), listener);
        monitor.start(interval);
        return new RunningEngine(running.engine(), running.info(), running.images(), running.host(), running.dind(),
                Optional.of(monitor), running.session());
    }
}
