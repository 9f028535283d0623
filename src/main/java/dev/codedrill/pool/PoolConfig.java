package dev.codedrill.pool;

import dev.codedrill.lang.Language;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * How the pool sizes, limits and recycles its containers.
 *
 * @param sessionId        labels every container and volume of this pool, so it finds its own and only its own
 * @param extraPerLanguage containers a language may have beyond its pool size while borrowers wait
 * @param recycle          when a container is replaced instead of reset
 * @param borrowTimeout    how long the seed API's {@code get} waits for a container
 * @param resetTimeout     deadline of the reset exec; past it the container is destroyed
 * @param initTimeout      deadline of a language's init tasks in a new container
 * @param memoryBytes      memory limit, swap included (memory = memory-swap)
 * @param workSize         size of the tmpfs-backed work volume, e.g. {@code 64m}
 * @param tmpSize          size of the /tmp tmpfs
 * @param cacheSize        size of the /cache tmpfs that init tasks prime (build caches)
 * @param workerThreads    threads for background creation, reset and removal
 * @param runtime          the OCI runtime of the sandboxes ({@code runsc}: gVisor); null for the engine's default
 * @param warmRuntimes     whether each warm container also holds its language's runtime started ahead of the run
 *                         ({@link dev.codedrill.lang.WarmRuntime}); {@code bench --judge} measures without them too
 */
public record PoolConfig(String sessionId, int extraPerLanguage, RecyclePolicy recycle, Duration borrowTimeout,
                         Duration resetTimeout, Duration initTimeout, long memoryBytes, long pidsLimit, double cpus,
                         String workSize, String tmpSize, String cacheSize, int workerThreads, String runtime,
                         boolean warmRuntimes) {

    private static final String SIZE = "\\d+[kmg]";
    /** Room for gVisor's Sentry and gofer threads (measured: 128 kills the Sentry at the first background job). */
    static final long RUNSC_PIDS = 1024;

    public PoolConfig {
        if (sessionId == null || !sessionId.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("sessionId must be 1-40 of [a-z0-9-], not '" + sessionId + "'");
        }
        if (extraPerLanguage < 0) {
            throw new IllegalArgumentException("extraPerLanguage must not be negative");
        }
        Objects.requireNonNull(recycle, "recycle");
        requirePositive(borrowTimeout, "borrowTimeout");
        requirePositive(resetTimeout, "resetTimeout");
        requirePositive(initTimeout, "initTimeout");
        if (memoryBytes < 6 * 1024 * 1024) {
            throw new IllegalArgumentException("memoryBytes below Docker's 6 MB minimum: " + memoryBytes);
        }
        if (pidsLimit < 16) {
            throw new IllegalArgumentException("pidsLimit must be at least 16, not " + pidsLimit);
        }
        if (cpus <= 0) {
            throw new IllegalArgumentException("cpus must be positive");
        }
        for (String size : new String[] {workSize, tmpSize, cacheSize}) {
            if (size == null || !size.matches(SIZE)) {
                throw new IllegalArgumentException("sizes look like 64m, not '" + size + "'");
            }
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1");
        }
    }

    /** The defaults, with a fresh session id. */
    public static PoolConfig defaults() {
        return new PoolConfig(newSessionId(), 2, new RecyclePolicy(50, Duration.ofMinutes(30)), Duration.ofSeconds(30),
                Duration.ofSeconds(10), Duration.ofSeconds(120), 512L * 1024 * 1024, 128, 1.0, "64m", "16m", "256m", 4,
                null, true);
    }

    /**
     * The size of the largest writable place in a sandbox (the work dir, /tmp or /cache): no file there can be
     * larger, so it is the limit on the size of any file a process writes.
     */
    public long largestWritableBytes() {
        return Math.max(bytes(workSize), Math.max(bytes(tmpSize), bytes(cacheSize)));
    }

    /** A size as the config writes it ({@code 64m}, {@code 512k}, {@code 1g}) in bytes. */
    static long bytes(String size) {
        long number = Long.parseLong(size.substring(0, size.length() - 1));
        int shift = switch (size.charAt(size.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> throw new IllegalArgumentException("sizes look like 64m, not '" + size + "'");
        };
        return Math.multiplyExact(number, 1L << shift);
    }

    public static String newSessionId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The most containers a language may have at once (idle, busy, resetting and being created). */
    public int maxTotal(Language language) {
        return Math.max(1, language.poolSize() + extraPerLanguage);
    }

    public PoolConfig withSessionId(String value) {
        return new PoolConfig(value, extraPerLanguage, recycle, borrowTimeout, resetTimeout, initTimeout, memoryBytes,
                pidsLimit, cpus, workSize, tmpSize, cacheSize, workerThreads, runtime, warmRuntimes);
    }

    public PoolConfig withExtraPerLanguage(int value) {
        return new PoolConfig(sessionId, value, recycle, borrowTimeout, resetTimeout, initTimeout, memoryBytes,
                pidsLimit, cpus, workSize, tmpSize, cacheSize, workerThreads, runtime, warmRuntimes);
    }

    public PoolConfig withRecycle(RecyclePolicy value) {
        return new PoolConfig(sessionId, extraPerLanguage, value, borrowTimeout, resetTimeout, initTimeout, memoryBytes,
                pidsLimit, cpus, workSize, tmpSize, cacheSize, workerThreads, runtime, warmRuntimes);
    }

    public PoolConfig withBorrowTimeout(Duration value) {
        return new PoolConfig(sessionId, extraPerLanguage, recycle, value, resetTimeout, initTimeout, memoryBytes,
                pidsLimit, cpus, workSize, tmpSize, cacheSize, workerThreads, runtime, warmRuntimes);
    }

    public PoolConfig withWorkerThreads(int value) {
        return new PoolConfig(sessionId, extraPerLanguage, recycle, borrowTimeout, resetTimeout, initTimeout,
                memoryBytes, pidsLimit, cpus, workSize, tmpSize, cacheSize, value, runtime, warmRuntimes);
    }

    /**
     * Whether a running sandbox's memory limit can be changed for one run (a problem's own limit, a generous one for
     * a compile). gVisor's runsc of Debian 12 cannot ({@code runsc update} does not exist there): its sandboxes keep
     * the pool's limit, {@code memoryBytes}.
     */
    public boolean memoryAdjustable() {
        return !"runsc".equals(runtime);
    }

    /**
     * The pids limit of a sandbox container. Under runsc the container's processes are gVisor's own (its Sentry and
     * gofer, with their threads), not the code's, and at the usual limit the Sentry cannot start its threads and
     * dies; the code's processes are gVisor's tasks there, bounded by the memory limit.
     */
    public long containerPidsLimit() {
        return "runsc".equals(runtime) ? Math.max(pidsLimit, RUNSC_PIDS) : pidsLimit;
    }

    /**
     * The user namespace of a sandbox: null, the daemon's (remapped, {@code docker.dind.usernsRemap}), or
     * {@code host} under runsc, whose sandbox cannot start in a remapped namespace with a tmpfs volume as its work dir
     * (measured: "cannot read client sync file"); gVisor's own kernel stands between the code and the host there.
     */
    public String usernsMode() {
        return "runsc".equals(runtime) ? "host" : null;
    }

    /** The same with sandboxes run by the OCI runtime {@code value} (null: the engine's default). */
    public PoolConfig withRuntime(String value) {
        return new PoolConfig(sessionId, extraPerLanguage, recycle, borrowTimeout, resetTimeout, initTimeout,
                memoryBytes, pidsLimit, cpus, workSize, tmpSize, cacheSize, workerThreads, value, warmRuntimes);
    }

    /** The same with warm runtimes ({@code true}, the default) or without them. */
    public PoolConfig withWarmRuntimes(boolean value) {
        return new PoolConfig(sessionId, extraPerLanguage, recycle, borrowTimeout, resetTimeout, initTimeout,
                memoryBytes, pidsLimit, cpus, workSize, tmpSize, cacheSize, workerThreads, runtime, value);
    }

    private static void requirePositive(Duration d, String field) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, not " + d);
        }
    }
}
