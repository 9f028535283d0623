package dev.codedrill.app;

/**
 * Closes something when the JVM exits (Ctrl+C included), unless it was closed first: a pool's containers must not
 * outlive the command that made them. Use in try-with-resources: leaving the block unregisters the hook.
 */
public final class OnExit implements AutoCloseable {

    private final Thread hook;

    private OnExit(AutoCloseable resource) {
        this.hook = new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                // exiting anyway
            }
        }, "codedrill-on-exit");
    }

    public static OnExit close(AutoCloseable resource) {
        OnExit onExit = new OnExit(resource);
        Runtime.getRuntime().addShutdownHook(onExit.hook);
        return onExit;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // the JVM is already exiting: the hook runs, and finds the resource closed
        }
    }
}
