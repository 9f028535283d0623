package dev.codedrill.judge;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.Percentiles;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.problem.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-end submit → verdict latency of one language, through the warm pool and through the cold path, side by
 * side in one run, and the throughput of concurrent submissions through the queue.
 *
 * <p>Every measured submission is a source the judge has not seen (the reference solution with a comment of its own),
 * so a compiled language really compiles, as after each edit of a learner; for a compiled language the latency of
 * submitting unchanged code again (the compile cache's hit) is measured apart.
 */
public final class JudgeBenchmark {

    /**
     * What one language measured.
     *
     * @param cachedP50 for a compiled language, submitting unchanged code again through the warm pool (its compile
     *                  cached); null for an interpreted one
     */
    public record Result(String language, int runs, int tests, Duration warmP50, Duration warmP90, Duration coldP50,
                         Duration coldP90, double perSecond, int concurrent, Duration cachedP50, Duration cachedP90) {

        public Result(String language, int runs, int tests, Duration warmP50, Duration warmP90, Duration coldP50,
                      Duration coldP90, double perSecond, int concurrent) {
            this(language, runs, tests, warmP50, warmP90, coldP50, coldP90, perSecond, concurrent, null, null);
        }

        public double speedup() {
            return (double) coldP50.toNanos() / Math.max(1, warmP50.toNanos());
        }

        public boolean compiled() {
            return cachedP50 != null;
        }
    }

    private final DockerEngine engine;
    private final HarnessRegistry harnesses;
    private final String sessionId;
    private final AtomicInteger variant = new AtomicInteger();
    private String runtime;

    public JudgeBenchmark(DockerEngine engine, HarnessRegistry harnesses, String sessionId) {
        this.engine = engine;
        this.harnesses = harnesses;
        this.sessionId = sessionId;
    }

    /** Measures sandboxes run by the OCI runtime {@code value} (null: the engine's default). */
    public JudgeBenchmark withRuntime(String value) {
        this.runtime = value;
        return this;
    }

    public Result run(Language language, Problem problem, String source, int runs, int concurrent)
            throws InterruptedException {
        HarnessGenerator harness = harnesses.find(language.id()).orElseThrow(() ->
                new IllegalArgumentException("no harness for " + language.id()));
        boolean compiled = !harness.function(problem, source, problem.tests()).artifacts().isEmpty();
        PoolConfig config = PoolConfig.defaults().withSessionId(sessionId).withRuntime(runtime);
        List<Duration> warm = new ArrayList<>();
        List<Duration> cold = new ArrayList<>();
        List<Duration> cached = new ArrayList<>();
        double perSecond;
        try (ContainerPool pool = new ContainerPool(engine, List.of(language.withPoolSize(2)), config).start()) {
            pool.awaitSettled(Duration.ofMinutes(3));
            Judge warmJudge = new Judge(harnesses, new PoolLender(pool, engine), Judge.BORROW_WAIT);
            Judge coldJudge = new Judge(harnesses, new ColdLender(engine, config, Map.of(language.id(), language)),
                    Judge.BORROW_WAIT);
            // the first run of a fresh container is not what a learner waits for
            once(warmJudge, fresh(language, problem, source));
            for (int i = 0; i < runs; i++) {
                pool.awaitSettled(Duration.ofMinutes(1)); // both paths start from a quiet pool
                warm.add(once(warmJudge, fresh(language, problem, source)));
                pool.awaitSettled(Duration.ofMinutes(1));
                cold.add(once(coldJudge, fresh(language, problem, source)));
            }
            if (compiled) {
                Submission unchanged = fresh(language, problem, source);
                once(warmJudge, unchanged); // compiles once; every run after takes the cached artifacts
                for (int i = 0; i < runs; i++) {
                    pool.awaitSettled(Duration.ofMinutes(1));
                    cached.add(once(warmJudge, unchanged));
                }
            }
            pool.awaitSettled(Duration.ofMinutes(1));
            long start = System.nanoTime();
            try (SubmissionQueue queue = new SubmissionQueue(warmJudge::judge, 2)) {
                List<Ticket> tickets = new ArrayList<>();
                for (int i = 0; i < concurrent; i++) {
                    tickets.add(queue.submit(fresh(language, problem, source), SubmissionQueue.Listener.NONE));
                }
                for (Ticket t : tickets) {
                    JudgeResult result = t.result().get(10, TimeUnit.MINUTES);
                    if (!result.verdict().accepted()) {
                        throw new IllegalStateException("a concurrent submission was not accepted: " + result.verdict());
                    }
                }
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("a concurrent submission failed", e);
            }
            perSecond = concurrent / ((System.nanoTime() - start) / 1e9);
        }
        return new Result(language.id(), runs, problem.tests().size(), Percentiles.of(warm, 50),
                Percentiles.of(warm, 90), Percentiles.of(cold, 50), Percentiles.of(cold, 90), perSecond, concurrent,
                compiled ? Percentiles.of(cached, 50) : null, compiled ? Percentiles.of(cached, 90) : null);
    }

    /** The source with a comment that no other submission of this benchmark has: new code to the judge. */
    private Submission fresh(Language language, Problem problem, String source) {
        String marker = LanguageSupports.of(language.id()).lineComment() + " bench " + sessionId + " "
                + variant.incrementAndGet();
        return Submission.of(problem, language.id(), source + "\n" + marker + "\n", RunMode.SUBMIT);
    }

    private static Duration once(Judge judge, Submission submission) throws InterruptedException {
        long start = System.nanoTime();
        JudgeResult result = judge.judge(submission, stage -> { });
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!result.verdict().accepted()) {
            throw new IllegalStateException("the benchmark's reference solution was not accepted: " + result.verdict());
        }
        return took;
    }
}
