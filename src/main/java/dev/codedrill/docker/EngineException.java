package dev.codedrill.docker;

/** A Docker engine call that failed; the message says what failed and, where we know it, what to do. */
public class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
