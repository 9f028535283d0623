package dev.codedrill.pool;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.docker.Tar;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.LanguageSupports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The same small job done through the warm pool (borrow, copy a tiny program as a tar, exec it, give back) and through
 * a cold container (create, start, copy, exec, remove), interleaved so that both see the same machine.
 */
public final class PoolBenchmark {

    private static final int WARM_UP = 2;
    private static final Duration PAUSE = Duration.ofMillis(500);
    private static final Duration EXEC_TIMEOUT = Duration.ofSeconds(60);

    /** Percentiles of both paths; {@code speedup} is cold p50 over warm p50. */
    public record Result(String language, int runs, Duration warmP50, Duration warmP90, Duration coldP50,
                         Duration coldP90) {
        public double speedup() {
            return (double) coldP50.toNanos() / Math.max(1, warmP50.toNanos());
        }
    }

    private final DockerEngine engine;
    private final TarCopy.Method copy;

    /** Both paths copy the tar the same way, {@code copy}. */
    public PoolBenchmark(DockerEngine engine, TarCopy.Method copy) {
        this.engine = engine;
        this.copy = copy;
    }

    /** Runs {@code runs} measured rounds of each path (after a short warm-up) for a language the pool serves. */
    public Result run(ContainerPool pool, Language language, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
        String source = LanguageSupports.of(language.id()).hello().source();
        if (source == null) {
            throw new IllegalArgumentException("no benchmark program for language '" + language.id() + "'");
        }
        byte[] tar = Tar.ownedBy(SandboxFactory.UID).file(language.sourceFile(), source).toBytes();
        List<String> cmd = command(language);
        SandboxFactory cold = new SandboxFactory(engine, pool.config());
        List<Duration> warmTimes = new ArrayList<>();
        List<Duration> coldTimes = new ArrayList<>();
        for (int i = 0; i < WARM_UP + runs; i++) {
            // A pause before each measurement, the same for both paths, so that neither pays for the engine's
            // leftover work from the other (a removed container's clean-up, a returned one's reset).
            pause();
            Duration warm = timeWarm(pool, language, tar, cmd);
            pause();
            Duration coldTime = timeCold(cold, language, tar, cmd);
            if (i >= WARM_UP) {
                warmTimes.add(warm);
                coldTimes.add(coldTime);
            }
        }
        return new Result(language.id(), runs, Percentiles.of(warmTimes, 50), Percentiles.of(warmTimes, 90),
                Percentiles.of(coldTimes, 50), Percentiles.of(coldTimes, 90));
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("benchmark interrupted", e);
        }
    }

    private Duration timeWarm(ContainerPool pool, Language language, byte[] tar, List<String> cmd) {
        long start = System.nanoTime();
        try (Lease lease = pool.borrow(language.id(), Duration.ofSeconds(60))) {
            runIn(lease.containerId(), tar, cmd);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private Duration timeCold(SandboxFactory factory, Language language, byte[] tar, List<String> cmd) {
        long start = System.nanoTime();
        SandboxContainer sandbox = factory.create(language, false);
        try {
            runIn(sandbox.containerId(), tar, cmd);
        } finally {
            factory.destroy(sandbox);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void runIn(String containerId, byte[] tar, List<String> cmd) {
        ExecRequest request = new ExecRequest(cmd, SandboxFactory.USER, SandboxFactory.WORK_DIR, List.of(),
                ExecRequest.DEFAULT_LIMIT, ExecRequest.DEFAULT_LIMIT, EXEC_TIMEOUT);
        if (copy == TarCopy.Method.INLINE) {
            request = TarCopy.withFiles(tar, request);
        } else {
            TarCopy.copy(engine, containerId, tar, copy);
        }
        ExecResult result = engine.exec(containerId, request);
        if (!result.succeeded() || !result.stdoutText().equals("hello\n")) {
            throw new SandboxException("the benchmark program did not print hello (exit " + result.exitCode() + "): "
                    + result.stderrText().strip());
        }
    }

    /** One exec: compile and run in one shell for compiled languages, the run command alone otherwise. */
    static List<String> command(Language language) {
        if (!language.compiled()) {
            return language.run();
        }
        return List.of("sh", "-c", String.join(" ", language.compile()) + " && " + String.join(" ", language.run()));
    }
}
