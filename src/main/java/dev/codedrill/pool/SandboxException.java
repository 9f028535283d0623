package dev.codedrill.pool;

/** A sandbox container could not be made ready or clean again; the container is not used further. */
public class SandboxException extends RuntimeException {
    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
