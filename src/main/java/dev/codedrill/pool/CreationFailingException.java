package dev.codedrill.pool;

import java.time.Duration;

/**
 * A borrow given up early: the pool could not make a container of the language several times in a row (the engine
 * stopped answering, the image went missing) and is not trying right now, so waiting out the borrower's deadline
 * would only delay the same answer. The pool keeps retrying with its backoff; a later borrow can succeed.
 */
public class CreationFailingException extends RuntimeException {

    private final transient PoolStats stats;

    public CreationFailingException(PoolStats stats, int failuresInARow, Duration nextAttemptIn) {
        super("Could not make a " + stats.language() + " container " + failuresInARow + " times in a row (next try in "
                + Math.max(1, nextAttemptIn.toSeconds()) + " s): " + stats.lastError());
        this.stats = stats;
    }

    public PoolStats stats() {
        return stats;
    }
}
