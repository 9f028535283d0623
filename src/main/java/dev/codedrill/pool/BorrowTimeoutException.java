package dev.codedrill.pool;

import java.time.Duration;

/** No container of a language became free before the borrower's deadline; the message states the pool. */
public class BorrowTimeoutException extends RuntimeException {

    private final transient PoolStats stats;

    public BorrowTimeoutException(Duration waited, PoolStats stats) {
        super(message(waited, stats));
        this.stats = stats;
    }

    public PoolStats stats() {
        return stats;
    }

    static String message(Duration waited, PoolStats stats) {
        String text = "No " + stats.language() + " container became free within " + waited.toMillis() + " ms: "
                + stats.describe();
        return stats.lastError() == null ? text : text + "; last creation failure: " + stats.lastError();
    }
}
