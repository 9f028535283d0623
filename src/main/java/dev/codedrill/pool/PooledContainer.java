package dev.codedrill.pool;

import dev.codedrill.docker.PreparedExec;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** One container of the pool: its sandbox, its state, and how much it has been used. */
final class PooledContainer {

    private final SandboxContainer sandbox;
    private final Instant createdAt;
    private final AtomicReference<EntryState> state = new AtomicReference<>(EntryState.IDLE);
    private final AtomicInteger uses = new AtomicInteger();
    /** The memory limit the container has now, as far as the pool knows; -1 when an update failed half-way. */
    private volatile long memoryBytes;
    /** A borrower changed its memory limit for its run only: the reset puts the pool's limit back. */
    private volatile boolean restoreMemory;
    /** Execs waiting for the next borrower's scripts, in the order they are to be used. */
    private final Deque<PreparedExec> prepared = new ArrayDeque<>();

    PooledContainer(SandboxContainer sandbox, Instant createdAt) {
        this(sandbox, createdAt, -1);
    }

    PooledContainer(SandboxContainer sandbox, Instant createdAt, long memoryBytes) {
        this.sandbox = sandbox;
        this.createdAt = createdAt;
        this.memoryBytes = memoryBytes;
    }

    SandboxContainer sandbox() {
        return sandbox;
    }

    String id() {
        return sandbox.containerId();
    }

    Instant createdAt() {
        return createdAt;
    }

    EntryState state() {
        return state.get();
    }

    /**
     * Moves from {@code from} to {@code to}; false when the entry was not in {@code from} (someone else moved it).
     * A move the life cycle does not allow is a bug and throws.
     */
    boolean moveTo(EntryState from, EntryState to) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("a pooled container cannot go from " + from + " to " + to);
        }
        return state.compareAndSet(from, to);
    }

    /** Moves to DESTROYING from whatever live state it is in; false when it is already leaving. */
    boolean startDestroying() {
        while (true) {
            EntryState current = state.get();
            if (current == EntryState.DESTROYING || current == EntryState.GONE) {
                return false;
            }
            if (state.compareAndSet(current, EntryState.DESTROYING)) {
                return true;
            }
        }
    }

    int recordUse() {
        return uses.incrementAndGet();
    }

    int uses() {
        return uses.get();
    }

    long memoryBytes() {
        return memoryBytes;
    }

    void memoryBytes(long bytes) {
        memoryBytes = bytes;
    }

    /** Keeps a prepared exec for the next borrower. */
    void addPrepared(PreparedExec exec) {
        synchronized (prepared) {
            prepared.addLast(exec);
        }
    }

    /** Closes the prepared execs no borrower took. */
    void closePrepared() {
        List<PreparedExec> left;
        synchronized (prepared) {
            left = new ArrayList<>(prepared);
            prepared.clear();
        }
        left.forEach(PreparedExec::close);
    }

    /** The next prepared exec, once (null when there is none left). */
    PreparedExec takePrepared() {
        synchronized (prepared) {
            return prepared.pollFirst();
        }
    }

    void restoreMemoryAtReset() {
        restoreMemory = true;
    }

    boolean takeRestoreMemory() {
        boolean restore = restoreMemory;
        restoreMemory = false;
        return restore;
    }

    @Override
    public String toString() {
        return sandbox.name() + " (" + state.get() + ", " + uses.get() + " uses)";
    }
}
