package dev.codedrill.docker.dind;

import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.EngineUnavailableException;
import dev.codedrill.docker.StartupProgress;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The bounded wait for a daemon: ping, and between attempts sleep; stop early when the container is gone.
 * Each attempt is reported ("Waiting for Docker to start… (attempt 3/10)").
 */
public final class WaitForDocker {

    /** Sleeps between attempts; a parameter so tests need not wait. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** Why the wait ended without an answer. */
    public static final class GaveUp extends Exception {
        private final boolean containerStopped;

        GaveUp(String message, boolean containerStopped, Throwable cause) {
            super(message, cause);
            this.containerStopped = containerStopped;
        }

        public boolean containerStopped() {
            return containerStopped;
        }
    }

    private final int attempts;
    private final long delayMillis;
    private final Sleeper sleeper;

    public WaitForDocker(int attempts, long delayMillis, Sleeper sleeper) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
        this.delayMillis = delayMillis;
        this.sleeper = sleeper;
    }

    public EngineInfo await(Supplier<EngineInfo> ping, BooleanSupplier containerRunning, StartupProgress progress)
            throws GaveUp, InterruptedException {
        EngineUnavailableException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            progress.report("Waiting for Docker to start… (attempt " + attempt + "/" + attempts + ")");
            try {
                return ping.get();
            } catch (EngineUnavailableException e) {
                last = e;
            }
            if (!containerRunning.getAsBoolean()) {
                throw new GaveUp("the private daemon's container stopped while starting", true, last);
            }
            if (attempt < attempts) {
                sleeper.sleep(delayMillis);
            }
        }
        throw new GaveUp("the private daemon did not answer after " + attempts + " attempts ("
                + (attempts - 1) * delayMillis / 1000.0 + " s)", false, last);
    }
}
