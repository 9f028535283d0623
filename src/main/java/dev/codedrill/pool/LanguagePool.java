package dev.codedrill.pool;

import dev.codedrill.lang.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One language's containers and counters. Every field is guarded by {@link #lock}; {@link #changed} is signalled
 * whenever a borrower might now succeed (a container went idle, a creation ended, the pool closed).
 */
final class LanguagePool {

    final Language language;
    final int target;
    final int max;
    final ReentrantLock lock = new ReentrantLock();
    final Condition changed = lock.newCondition();

    final Deque<PooledContainer> idle = new ArrayDeque<>();
    /** Every entry not yet GONE, whatever its state. */
    final Set<PooledContainer> live = new LinkedHashSet<>();
    int creating;
    int waiting;
    long created;
    long destroyed;
    long createFailures;
    long borrows;
    long totalWaitNanos;
    long maxWaitNanos;
    int consecutiveFailures;
    Instant retryAfter = Instant.MIN;
    boolean refillScheduled;
    String lastError;

    LanguagePool(Language language, int max) {
        this.language = language;
        this.target = language.poolSize();
        this.max = max;
    }

    /** Runs {@code work} holding the lock. */
    void locked(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }

    /** Computes {@code work} holding the lock. */
    <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    String id() {
        return language.id();
    }

    int count(EntryState state) {
        int n = 0;
        for (PooledContainer e : live) {
            if (e.state() == state) {
                n++;
            }
        }
        return n;
    }

    /** What counts against the maximum: everything but containers already on their way out. */
    int total() {
        return creating + live.size() - count(EntryState.DESTROYING);
    }

    boolean mayCreate(Instant now) {
        return total() < max && !now.isBefore(retryAfter);
    }

    /** Waits after consecutive creation failures: 1, 2, 4 … up to 30 s, so a missing image does not spin. */
    Duration backoff() {
        long seconds = Math.min(30, 1L << Math.min(5, Math.max(0, consecutiveFailures - 1)));
        return Duration.ofSeconds(seconds);
    }

    void recordBorrow(long waitedNanos) {
        borrows++;
        totalWaitNanos += waitedNanos;
        maxWaitNanos = Math.max(maxWaitNanos, waitedNanos);
    }

    List<PooledContainer> liveEntries() {
        return List.copyOf(live);
    }

    PoolStats snapshot() {
        return new PoolStats(language.id(), target, max, count(EntryState.IDLE), count(EntryState.BUSY), creating,
                count(EntryState.RESETTING), count(EntryState.DESTROYING), waiting, created, destroyed,
                createFailures, borrows, Duration.ofNanos(borrows == 0 ? 0 : totalWaitNanos / borrows),
                Duration.ofNanos(maxWaitNanos), lastError);
    }
}
