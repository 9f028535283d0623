/**
 * The warm container pool (docs/architecture.md#the-warm-pool): sandbox containers kept ready per language, lent to one
 * run at a time and reset off the caller's path before they are lent again.
 *
 * <pre>{@code
 * ContainerPool pool = new ContainerPool(engine, languages.all(), PoolConfig.defaults()).start();
 * Runtime.getRuntime().addShutdownHook(new Thread(pool::close));   // close() is safe to call twice
 *
 * try (Lease lease = pool.borrow("python", Duration.ofSeconds(30))) {
 *     lease.copyIn(tar);                                           // into lease.workDir(), as lease.user()
 *     ExecResult result = engine.exec(lease.containerId(),
 *             ExecRequest.of(lease.user(), limit, "python3", "solution.py").withWorkDir(lease.workDir()));
 *     lease.markSuspect(ReturnCondition.of(result));               // a suspect run's container is destroyed
 * }                                                                // closing gives it back; the reset runs later
 *
 * List<PoolStats> stats = pool.stats();                           // for the status bar and doctor
 * }</pre>
 *
 * <p>Each container: no network, no capabilities, no new privileges, read-only root, an init as PID 1 (root, so the
 * sandbox user cannot kill it), memory = memory-swap, a pids limit, a CPU quota, a size-capped /tmp and /cache
 * (tmpfs), a tmpfs-backed named volume at /work that is removed with it, and ulimits (no core dumps, 1024/4096 open
 * files, no file larger than the largest of those mounts). Every exec runs as 65534:65534, but the one that seals a
 * primed cache.
 */
package dev.codedrill.pool;
