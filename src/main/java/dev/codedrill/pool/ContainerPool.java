package dev.codedrill.pool;

import dev.codedrill.concurrent.DaemonThreads;
import dev.codedrill.docker.ContainerState;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.PreparedExec;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.WarmRuntime;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.lang.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warm sandbox containers, kept per language (docs/architecture.md#the-warm-pool). {@link #start()} fills each language
 * to its pool size in the background; {@link #borrow} lends an idle container (checking that it still runs), creates
 * one when none is idle and the language is under its maximum, or waits until the borrower's deadline. A returned
 * container is reset off the caller's path and lent again only once the reset has checked it is clean; a suspect run, a
 * failed reset, or enough uses destroy it instead, and a replacement is created in the background. {@link #close()}
 * removes every container and volume of the pool.
 *
 * <p>Threads: borrowers block only in {@link #borrow}; creation, reset and removal run on the pool's own daemon
 * threads, which catch and log everything so that they never die.
 */
public final class ContainerPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerPool.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Duration JOB_GRACE = Duration.ofSeconds(15);
    /**
     * After this many failed creations in a row, a borrower that finds no idle container and no creation under way
     * is told at once (a {@link CreationFailingException}) instead of waiting out its deadline; the backoff goes on.
     */
    static final int GIVE_UP_AFTER_FAILURES = 3;

    private final DockerEngine engine;
    private final PoolConfig config;
    private final Clock clock;
    private final SandboxFactory factory;
    private final Map<String, LanguagePool> pools = new LinkedHashMap<>();
    private final ScheduledThreadPoolExecutor workers;
    /** Leases handed out through the seed API, which speaks in container ids. */
    private final Map<String, Lease> seedLeases = new ConcurrentHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean shutDown;

    public ContainerPool(DockerEngine engine, Collection<Language> languages, PoolConfig config) {
        this(engine, languages, config, Clock.systemUTC());
    }

    public ContainerPool(DockerEngine engine, Collection<Language> languages, PoolConfig config, Clock clock) {
        this.engine = engine;
        this.config = config;
        this.clock = clock;
        this.factory = new SandboxFactory(engine, config);
        for (Language language : languages) {
            pools.put(language.id(), new LanguagePool(language, config.maxTotal(language)));
        }
        this.workers = new ScheduledThreadPoolExecutor(config.workerThreads(), DaemonThreads.numbered(PoolThreads.GROUP, "codedrill-pool-" + config.sessionId()));
        workers.setRemoveOnCancelPolicy(true);
        workers.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Starts filling every language to its pool size in the background; returns at once. */
    public ContainerPool start() {
        for (LanguagePool lp : pools.values()) {
            lp.locked(() -> refill(lp));
        }
        return this;
    }

    public String sessionId() {
        return config.sessionId();
    }

    public PoolConfig config() {
        return config;
    }

    /** The labels on every container and volume of this pool (and only this pool). */
    public Map<String, String> labels() {
        return SandboxFactory.sessionLabels(config.sessionId());
    }

    // ---- borrowing -------------------------------------------------------------------------------------------

    /** Borrows a container, waiting at most {@code timeout}. */
    public Lease borrow(String language, Duration timeout) {
        return borrow(language, clock.instant().plus(timeout));
    }

    /**
     * Lends an idle container of the language that still runs, or creates one when none is idle and the language is
     * under its maximum, or waits for one until {@code deadline}.
     *
     * @throws BorrowTimeoutException when the deadline passes; its message states the pool
     * @throws CreationFailingException when creations keep failing and none is under way (see
     *                                  {@link #GIVE_UP_AFTER_FAILURES}); its message has the last failure
     * @throws PoolClosedException    when the pool is shut down, or the waiting thread is interrupted (its interrupt
     *                                 flag stays set)
     * @throws IllegalArgumentException when the pool has no such language
     */
    public Lease borrow(String language, Instant deadline) {
        LanguagePool lp = pool(language);
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        while (true) {
            PooledContainer entry = takeIdle(lp, started, deadline);
            String due = config.recycle().dueReason(entry.uses(), entry.createdAt(), clock.instant());
            if (due != null) {
                // Aged while idle: replace it rather than lend it.
                lp.locked(() -> destroyLater(lp, entry, due));
                continue;
            }
            if (stillRunning(entry)) {
                lp.locked(() -> lp.recordBorrow(System.nanoTime() - startedNanos));
                return new Lease(this, entry, language);
            }
            LOG.warn("{} is no longer running; dropping it and taking another", entry);
            lp.locked(() -> destroyLater(lp, entry, "found stopped on borrow"));
        }
    }

    private PooledContainer takeIdle(LanguagePool lp, Instant started, Instant deadline) {
        lp.lock.lock();
        lp.waiting++;
        try {
            while (true) {
                if (shutDown) {
                    throw new PoolClosedException("The container pool is shut down");
                }
                PooledContainer entry = lp.idle.pollFirst();
                if (entry != null) {
                    if (!entry.moveTo(EntryState.IDLE, EntryState.BUSY)) {
                        throw new IllegalStateException("an idle-listed container was not idle: " + entry);
                    }
                    return entry;
                }
                Instant now = clock.instant();
                // One creation per waiting borrower at most, within the language's maximum; a container being reset
                // counts as one on its way (a reset takes a fraction of a creation, and of its CPU: under a burst of
                // submissions, creating for each would make containers only to destroy them as surplus).
                if (lp.creating + lp.count(EntryState.RESETTING) < lp.waiting && lp.mayCreate(now)) {
                    startCreation(lp);
                }
                if (lp.consecutiveFailures >= GIVE_UP_AFTER_FAILURES && lp.creating == 0) {
                    throw new CreationFailingException(lp.snapshot(), lp.consecutiveFailures,
                            Duration.between(now, lp.retryAfter));
                }
                long remaining = Duration.between(now, deadline).toNanos();
                if (remaining <= 0) {
                    throw new BorrowTimeoutException(Duration.between(started, now), lp.snapshot());
                }
                if (now.isBefore(lp.retryAfter)) {
                    remaining = Math.min(remaining, Duration.between(now, lp.retryAfter).toNanos() + 1);
                }
                try {
                    lp.changed.awaitNanos(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PoolClosedException("Interrupted while waiting for a " + lp.id() + " container");
                }
            }
        } finally {
            lp.waiting--;
            lp.lock.unlock();
        }
    }

    private boolean stillRunning(PooledContainer entry) {
        try {
            ContainerState state = engine.inspect(entry.id());
            return state.running();
        } catch (RuntimeException e) {
            LOG.debug("inspecting {} failed", entry, e);
            return false;
        }
    }

    // ---- returning -------------------------------------------------------------------------------------------

    /**
     * Gives a container back. It is reset in the background and lent again only when the reset checked it clean;
     * when the run was suspect, or the container is due for recycling, it is destroyed and replaced instead.
     * Returning a lease a second time does nothing.
     */
    public void giveBack(Lease lease, ReturnCondition condition) {
        if (!lease.markReturned()) {
            LOG.debug("lease of {} returned twice; ignored", lease.containerId());
            return;
        }
        seedLeases.remove(lease.containerId(), lease);
        PooledContainer entry = lease.entry();
        LanguagePool lp = pool(lease.language());
        int uses = entry.recordUse();
        String recycle = config.recycle().dueReason(uses, entry.createdAt(), clock.instant());
        lp.lock.lock();
        try {
            if (shutDown) {
                return; // close() removes every live entry, this one included
            }
            if (condition.suspect()) {
                destroyLater(lp, entry, "the run was suspect (" + condition + ")");
            } else if (recycle != null) {
                destroyLater(lp, entry, recycle);
            } else if (entry.moveTo(EntryState.BUSY, EntryState.RESETTING)) {
                submit("reset " + entry, () -> reset(lp, entry));
            } else {
                LOG.warn("{} was returned but was not busy", entry);
            }
        } finally {
            lp.lock.unlock();
        }
    }

    private void reset(LanguagePool lp, PooledContainer entry) {
        String failure = null;
        try {
            entry.closePrepared(); // unused prepared execs go: the reset kills their processes anyway
            if (entry.takeRestoreMemory() && entry.memoryBytes() != config.memoryBytes()) {
                entry.memoryBytes(-1);
                factory.restoreMemory(entry.sandbox());
                entry.memoryBytes(config.memoryBytes());
            }
            resetAndPrepare(entry, lp.language);
        } catch (RuntimeException e) {
            failure = e.getMessage();
            if (!shutDown) {
                LOG.warn("reset of {} failed; destroying it: {}", entry, e.getMessage());
            }
        }
        lp.lock.lock();
        try {
            if (shutDown) {
                entry.closePrepared(); // close() may have swept this entry before the prepare above
                return;
            }
            if (failure != null) {
                destroyLater(lp, entry, "reset failed: " + failure);
            } else if (entry.moveTo(EntryState.RESETTING, EntryState.IDLE)) {
                offerIdle(lp, entry);
            }
        } finally {
            lp.lock.unlock();
        }
    }

    /**
     * Resets the entry in the exec that then waits as its first prepared exec ({@link SandboxFactory#resetThenPrepare}),
     * then starts the second one of a compiled language, as {@link #prepare} does; with no prepared execs (an engine
     * that has none) a plain reset. Throws when the reset failed.
     */
    private void resetAndPrepare(PooledContainer entry, Language language) {
        LanguageSupport support = support(language);
        PreparedExec first;
        try {
            first = factory.resetThenPrepare(entry.sandbox(), language,
                    support == null ? null : support.warmRuntime().orElse(null));
        } catch (UnsupportedOperationException e) {
            LOG.trace("the engine prepares no execs");
            factory.reset(entry.sandbox(), language);
            return;
        }
        entry.addPrepared(first);
        prepareNext(entry, language, support);
    }

    private LanguageSupport support(Language language) {
        return config.warmRuntimes() ? LanguageSupports.find(language.id()).orElse(null) : null;
    }

    /**
     * Starts the entry's prepared execs: the first exec a submission takes (a compiled language's compile, or the run
     * of cached artifacts; an interpreted one's run), and for a compiled language a second one for the run after the
     * compile ({@link SandboxFactory#prepareNext}), which the compile's script spares when it kills every other
     * process of the sandbox user (with the run's warm runtime it started, when the language has one), and reports
     * gone otherwise (the judge then drops it: a run handed to an exec being killed would be reported killed).
     * Without them (an engine that has none, a failure) borrowers exec as usual.
     */
    private void prepare(PooledContainer entry, Language language) {
        LanguageSupport support = support(language);
        WarmRuntime warm = support == null ? null : support.warmRuntime().orElse(null);
        if (shutDown) {
            return;
        }
        try {
            entry.addPrepared(factory.prepare(entry.sandbox(), warm));
        } catch (UnsupportedOperationException e) {
            LOG.trace("the engine prepares no execs");
            return;
        } catch (RuntimeException e) {
            LOG.debug("could not prepare an exec in {}: {}", entry, e.getMessage());
            return;
        }
        prepareNext(entry, language, support);
    }

    /** A compiled language's second prepared exec, for the run after the compile; without it the run execs as usual. */
    private void prepareNext(PooledContainer entry, Language language, LanguageSupport support) {
        if (!language.compiled() || shutDown) {
            return;
        }
        try {
            entry.addPrepared(factory.prepareNext(entry.sandbox(),
                    support == null ? null : support.warmRun().orElse(null)));
        } catch (RuntimeException e) {
            LOG.debug("could not prepare the run's exec in {}: {}", entry, e.getMessage());
        }
    }

    PreparedExec takePrepared(Lease lease) {
        if (lease.returned()) {
            throw new IllegalStateException("the lease of " + lease.containerId() + " was already returned");
        }
        PreparedExec exec;
        while ((exec = lease.entry().takePrepared()) != null) {
            if (exec.waiting()) {
                return exec;
            }
            exec.close();
        }
        return null;
    }

    void copyIn(Lease lease, byte[] tar) {
        if (lease.returned()) {
            throw new IllegalStateException("the lease of " + lease.containerId() + " was already returned");
        }
        TarCopy.copy(engine, lease.containerId(), tar, TarCopy.Method.EXEC);
    }

    void setMemoryLimit(Lease lease, long bytes, boolean untilReset) {
        if (lease.returned()) {
            throw new IllegalStateException("the lease of " + lease.containerId() + " was already returned");
        }
        if (!config.memoryAdjustable()) {
            return; // the runtime cannot change a running container's limit: the pool's own stays
        }
        PooledContainer entry = lease.entry();
        if (untilReset) {
            entry.restoreMemoryAtReset();
        }
        if (entry.memoryBytes() == bytes) {
            return; // it has that limit already: no round trip to the engine
        }
        entry.memoryBytes(-1); // unknown until the engine says it is done
        engine.updateMemory(lease.containerId(), bytes);
        entry.memoryBytes(bytes);
    }

    // ---- the seed API ----------------------------------------------------------------------------------------

    /** The seed's {@code get}: borrows a container for the language within the configured borrow timeout. */
    public String get(String language) {
        Lease lease = borrow(language, config.borrowTimeout());
        seedLeases.put(lease.containerId(), lease);
        return lease.containerId();
    }

    /** The seed's {@code pushBack}: gives back a container taken with {@link #get} after a clean run. */
    public void pushBack(String language, String containerId) {
        pushBack(language, containerId, ReturnCondition.CLEAN);
    }

    public void pushBack(String language, String containerId, ReturnCondition condition) {
        Lease lease = seedLeases.get(containerId);
        if (lease == null || !lease.language().equals(language)) {
            throw new IllegalArgumentException("container " + containerId + " is not a " + language
                    + " container lent by this pool");
        }
        giveBack(lease, condition);
    }

    // ---- creation, idling, destruction (lock held unless stated) --------------------------------------------

    private void refill(LanguagePool lp) {
        Instant now = clock.instant();
        while (!shutDown && lp.total() < lp.target && lp.mayCreate(now)) {
            startCreation(lp);
        }
        if (!shutDown && lp.total() < lp.target && !lp.refillScheduled) {
            lp.refillScheduled = true;
            long delay = Math.max(1, Duration.between(now, lp.retryAfter).toMillis());
            schedule("refill " + lp.id(), delay, () -> {
                lp.lock.lock();
                try {
                    lp.refillScheduled = false;
                    refill(lp);
                    lp.changed.signalAll();
                } finally {
                    lp.lock.unlock();
                }
            });
        }
    }

    /**
     * The engine answers again after it was gone (the private daemon restarted): creations start again at once instead
     * of after their backoff, and no borrow gives up for the failures from before.
     */
    public void engineBack() {
        for (LanguagePool lp : pools.values()) {
            lp.lock.lock();
            try {
                lp.consecutiveFailures = 0;
                lp.retryAfter = Instant.MIN;
                refill(lp);
                lp.changed.signalAll();
            } finally {
                lp.lock.unlock();
            }
        }
    }

    private void startCreation(LanguagePool lp) {
        lp.creating++;
        if (!submit("create a " + lp.id() + " container", () -> create(lp))) {
            lp.creating--;
        }
    }

    /** Runs on a worker, without the lock while the engine works. */
    private void create(LanguagePool lp) {
        SandboxContainer sandbox = null;
        RuntimeException failure = null;
        PooledContainer made = null;
        try {
            sandbox = factory.create(lp.language, true);
            made = new PooledContainer(sandbox, clock.instant(), config.memoryBytes());
            prepare(made, lp.language);
        } catch (RuntimeException e) {
            failure = e;
        }
        boolean discard = false;
        lp.lock.lock();
        try {
            lp.creating--;
            if (failure != null) {
                lp.createFailures++;
                lp.consecutiveFailures++;
                lp.lastError = failure.getMessage();
                lp.retryAfter = clock.instant().plus(lp.backoff());
                LOG.warn("could not create a {} container (attempt {} in a row; next in {} s): {}", lp.id(),
                        lp.consecutiveFailures, lp.backoff().toSeconds(), failure.getMessage());
                refill(lp);
            } else if (shutDown) {
                discard = true;
            } else {
                lp.created++;
                lp.consecutiveFailures = 0;
                lp.lastError = null;
                lp.retryAfter = Instant.MIN;
                lp.live.add(made);
                offerIdle(lp, made);
            }
            lp.changed.signalAll();
        } finally {
            lp.lock.unlock();
        }
        if (discard) {
            made.closePrepared();
            removeQuietly(sandbox);
        }
    }

    /** An idle entry joins the idle list, unless nobody waits and the language already has its size idle. */
    private void offerIdle(LanguagePool lp, PooledContainer entry) {
        if (lp.waiting == 0 && lp.idle.size() >= lp.target) {
            destroyLater(lp, entry, "surplus");
            return;
        }
        lp.idle.addLast(entry);
        lp.changed.signalAll();
    }

    private void destroyLater(LanguagePool lp, PooledContainer entry, String why) {
        lp.idle.remove(entry);
        if (!entry.startDestroying()) {
            return;
        }
        LOG.info("destroying {}: {}", entry, why);
        refill(lp); // a replacement starts now; removal does not hold it up
        submit("destroy " + entry, () -> {
            entry.closePrepared();
            removeQuietly(entry.sandbox());
            lp.lock.lock();
            try {
                entry.moveTo(EntryState.DESTROYING, EntryState.GONE);
                lp.live.remove(entry);
                lp.destroyed++;
                lp.changed.signalAll();
            } finally {
                lp.lock.unlock();
            }
        });
    }

    private void removeQuietly(SandboxContainer sandbox) {
        ShutdownSweep.removeQuietly(factory, sandbox);
    }

    /** Background jobs catch and log everything, so a worker never dies of one. */
    private boolean submit(String what, Runnable job) {
        return schedule(what, 0, job);
    }

    private boolean schedule(String what, long delayMillis, Runnable job) {
        if (shutDown) {
            return false;
        }
        try {
            workers.schedule(() -> {
                try {
                    job.run();
                } catch (Throwable t) {
                    LOG.error("pool job '{}' failed", what, t);
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (RuntimeException e) {
            LOG.debug("pool job '{}' not run: the pool is shutting down", what);
            return false;
        }
    }

    // ---- stats and shutdown ----------------------------------------------------------------------------------

    public PoolStats stats(String language) {
        LanguagePool lp = pool(language);
        return lp.locked(() -> lp.snapshot());
    }

    public List<PoolStats> stats() {
        List<PoolStats> all = new ArrayList<>();
        pools.keySet().forEach(id -> all.add(stats(id)));
        return all;
    }

    /** The ids of every container the pool holds (in any state), for checks against the engine. */
    Set<String> containerIds() {
        Set<String> ids = new HashSet<>();
        for (LanguagePool lp : pools.values()) {
            lp.locked(() -> lp.live.forEach(e -> ids.add(e.id())));
        }
        return ids;
    }

    /** Waits until every language has its pool size idle and nothing is in flight; false at the timeout. */
    public boolean awaitSettled(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (stats().stream().allMatch(PoolStats::settled)) {
                return true;
            }
            Thread.sleep(50);
        }
        return stats().stream().allMatch(PoolStats::settled);
    }

    /**
     * Removes every container and volume of the pool; borrowers still waiting get {@link PoolClosedException}.
     * Safe to call more than once and from several threads (an app's own shutdown and its Ctrl+C hook): later calls
     * wait for the first to finish.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            try {
                closed.await(SHUTDOWN_WAIT.plus(JOB_GRACE).toSeconds() * 2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        try {
            shutDown = true;
            for (LanguagePool lp : pools.values()) {
                lp.locked(() -> lp.changed.signalAll());
            }
            // Queued jobs are dropped; running ones finish their engine call (interrupting one mid-call would only
            // turn a removal into a failure), then see the pool is shut down.
            workers.shutdown();
            if (!workers.awaitTermination(JOB_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                workers.shutdownNow();
                if (!workers.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                    LOG.warn("pool workers still busy after {} s; removing their containers anyway",
                            SHUTDOWN_WAIT.toSeconds());
                }
            }
            new ShutdownSweep(engine, factory, labels(), config.sessionId()).removeAll(pools.values());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            new ShutdownSweep(engine, factory, labels(), config.sessionId()).removeAll(pools.values());
        } finally {
            closed.countDown();
        }
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return shutDown;
    }

    private LanguagePool pool(String language) {
        LanguagePool lp = pools.get(language);
        if (lp == null) {
            throw new IllegalArgumentException("the pool has no language '" + language + "' (it has "
                    + String.join(", ", pools.keySet()) + ")");
        }
        return lp;
    }
}
