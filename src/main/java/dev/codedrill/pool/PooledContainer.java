package dev.codedrill.pool;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** One container of the pool: its sandbox, its state, and how much it has been used. */
final class PooledContainer {

    private final Sandbox sandbox;
    private final Instant createdAt;
    private final AtomicReference<EntryState> state = new AtomicReference<>(EntryState.IDLE);
    private final AtomicInteger uses = new AtomicInteger();
    /** A borrower changed its memory limit: the reset puts the pool's limit back. */
    private volatile boolean memoryChanged;

    PooledContainer(Sandbox sandbox, Instant createdAt) {
        this.sandbox = sandbox;
        this.createdAt = createdAt;
    }

    Sandbox sandbox() {
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

    void memoryChanged() {
        memoryChanged = true;
    }

    boolean takeMemoryChanged() {
        boolean changed = memoryChanged;
        memoryChanged = false;
        return changed;
    }

    @Override
    public String toString() {
        return sandbox.name() + " (" + state.get() + ", " + uses.get() + " uses)";
    }
}
