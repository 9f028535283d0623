package dev.codedrill.pool;

/** The pool is shut down (or shutting down): it lends nothing more. */
public class PoolClosedException extends IllegalStateException {
    public PoolClosedException(String message) {
        super(message);
    }
}
