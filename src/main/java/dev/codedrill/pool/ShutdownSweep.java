package dev.codedrill.pool;

import dev.codedrill.docker.ContainerState;
import dev.codedrill.docker.DockerEngine;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last act of {@link ContainerPool#close()}: removes every container the pool holds, then sweeps the engine for
 * anything else carrying the pool's labels (what a creation left half-made, or a removal that failed), volumes
 * included. Failures are logged, never thrown: the sweep removes all it can.
 */
final class ShutdownSweep {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSweep.class);

    private final DockerEngine engine;
    private final SandboxFactory factory;
    private final Map<String, String> labels;
    private final String sessionId;

    ShutdownSweep(DockerEngine engine, SandboxFactory factory, Map<String, String> labels, String sessionId) {
        this.engine = engine;
        this.factory = factory;
        this.labels = labels;
        this.sessionId = sessionId;
    }

    /** Removes every entry of {@code pools}, then whatever else carries the pool's labels. */
    void removeAll(Collection<LanguagePool> pools) {
        AtomicInteger removed = new AtomicInteger();
        for (LanguagePool lp : pools) {
            List<PooledContainer> entries;
            lp.lock.lock();
            try {
                entries = lp.liveEntries();
                lp.idle.clear();
            } finally {
                lp.lock.unlock();
            }
            for (PooledContainer entry : entries) {
                entry.startDestroying();
                entry.closePrepared();
                removeQuietly(factory, entry.sandbox());
                removed.incrementAndGet();
                lp.lock.lock();
                try {
                    if (entry.state() == EntryState.DESTROYING) {
                        entry.moveTo(EntryState.DESTROYING, EntryState.GONE);
                    }
                    if (lp.live.remove(entry)) {
                        lp.destroyed++;
                    }
                } finally {
                    lp.lock.unlock();
                }
            }
        }
        // Anything a creation left half-made, or a removal that failed: found by this session's labels.
        try {
            for (ContainerState c : engine.list(labels)) {
                try {
                    engine.remove(c.id());
                } catch (RuntimeException e) {
                    LOG.error("could not remove container {} of pool {}", c.name(), sessionId, e);
                }
            }
            for (String volume : engine.listVolumes(labels)) {
                try {
                    factory.removeVolume(volume);
                } catch (RuntimeException e) {
                    LOG.error("could not remove volume {} of pool {}", volume, sessionId, e);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("the shutdown sweep of pool {} failed", sessionId, e);
        }
        LOG.info("pool {} shut down; removed {} containers", sessionId, removed.get());
    }

    /** Removes one sandbox, logging a failure (the shutdown sweep retries by label). */
    static void removeQuietly(SandboxFactory factory, SandboxContainer sandbox) {
        try {
            factory.destroy(sandbox);
        } catch (RuntimeException e) {
            LOG.error("could not remove {} (the pool's shutdown sweep will retry)", sandbox.name(), e);
        }
    }
}
