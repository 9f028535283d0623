package dev.codedrill.pool;

import java.time.Duration;
import java.time.Instant;

/**
 * When a container has served long enough and is replaced rather than reset: after a number of uses or an age,
 * so that whatever slowly accumulates (caches, a fragmented tmpfs, a leak in the runtime) never grows without end.
 */
public record RecyclePolicy(int maxUses, Duration maxAge) {

    public RecyclePolicy {
        if (maxUses < 1) {
            throw new IllegalArgumentException("maxUses must be at least 1, not " + maxUses);
        }
        if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive, not " + maxAge);
        }
    }

    /** Why a container with these uses, created then, is due now; null when it may serve again. */
    public String dueReason(int uses, Instant createdAt, Instant now) {
        if (uses >= maxUses) {
            return "recycled after " + uses + " uses";
        }
        Duration age = Duration.between(createdAt, now);
        if (age.compareTo(maxAge) >= 0) {
            return "recycled at age " + age.toSeconds() + " s";
        }
        return null;
    }
}
