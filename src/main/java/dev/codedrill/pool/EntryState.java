package dev.codedrill.pool;

import java.util.EnumSet;
import java.util.Set;

/** Where a pooled container is in its life. Every move is checked against the allowed ones, then made atomically. */
enum EntryState {
    /** Reset and waiting for a borrower. */
    IDLE,
    /** Lent to exactly one borrower. */
    BUSY,
    /** Returned; being cleaned in the background before it may be lent again. */
    RESETTING,
    /** Leaving the pool: its container and volume are being removed. */
    DESTROYING,
    /** Removed from the engine. */
    GONE;

    private Set<EntryState> next() {
        return switch (this) {
            case IDLE -> EnumSet.of(BUSY, DESTROYING);
            case BUSY -> EnumSet.of(RESETTING, DESTROYING);
            case RESETTING -> EnumSet.of(IDLE, DESTROYING);
            case DESTROYING -> EnumSet.of(GONE);
            case GONE -> EnumSet.noneOf(EntryState.class);
        };
    }

    boolean canMoveTo(EntryState target) {
        return next().contains(target);
    }
}
