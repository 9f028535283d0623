package dev.codedrill.docker.dind;

import dev.codedrill.concurrent.DaemonThreads;
import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.SwitchableEngine;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the private daemon while the app runs. When its container stops or its daemon stops answering, says so,
 * restarts it, points the engine at it again, runs the after-restart work (images, pool) and says it is back.
 */
public final class DindHealthMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DindHealthMonitor.class);
    /** Ping failures in a row (container still running) before the daemon counts as down. */
    private static final int PING_FAILURES_FOR_DOWN = 2;

    /** Hears about the daemon's health; called on the monitor's thread. */
    public interface Listener {
        void down(String reason);

        void back(EngineInfo info);

        void recoveryFailed(String reason);
    }

    private final DindDaemon daemon;
    private final SwitchableEngine engine;
    private final Runnable afterRestart;
    private final Listener listener;
    private final ScheduledExecutorService scheduler;
    private volatile String containerId;
    private int pingFailures;

    public DindHealthMonitor(DindDaemon daemon, String containerId, SwitchableEngine engine, Runnable afterRestart,
                             Listener listener) {
        this.daemon = daemon;
        this.containerId = containerId;
        this.engine = engine;
        this.afterRestart = afterRestart;
        this.listener = listener;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("dind-health"));
    }

    public void start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::checkSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void checkSafely() {
        try {
            check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a background job never dies: log and try again at the next tick
            LOG.error("health check failed unexpectedly", e);
        }
    }

    private void check() throws InterruptedException {
        String reason = null;
        if (!daemon.running(containerId)) {
            reason = "the private Docker daemon's container stopped";
        } else {
            try {
                engine.ping();
                pingFailures = 0;
            } catch (EngineException e) {
                if (++pingFailures >= PING_FAILURES_FOR_DOWN) {
                    reason = "the private Docker daemon stopped answering (" + e.getMessage() + ")";
                }
            }
        }
        if (reason != null) {
            recover(reason);
        }
    }

    private void recover(String reason) throws InterruptedException {
        pingFailures = 0;
        listener.down(reason);
        try {
            if (daemon.running(containerId)) {
                daemon.stop(); // running but deaf: restart it
            }
            DindDaemon.Started started = daemon.start(message -> LOG.info("restart: {}", message));
            containerId = started.containerId();
            engine.switchTo(started.engine());
            afterRestart.run();
            listener.back(started.info());
        } catch (EngineException e) {
            listener.recoveryFailed(e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
