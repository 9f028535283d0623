package dev.codedrill.judge;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.harness.HarnessRegistry;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.Percentiles;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.problem.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end submit → verdict latency of one language, through the warm pool and through the cold path, side by
 * side in one run, and the throughput of concurrent submissions through the queue.
 */
public final class JudgeBenchmark {

    /** What one language measured. */
    public record Result(String language, int runs, int tests, Duration warmP50, Duration warmP90, Duration coldP50,
                         Duration coldP90, double perSecond, int concurrent) {
        public double speedup() {
            return (double) coldP50.toNanos() / Math.max(1, warmP50.toNanos());
        }
    }

    private final DockerEngine engine;
    private final HarnessRegistry harnesses;
    private final String sessionId;

    public JudgeBenchmark(DockerEngine engine, HarnessRegistry harnesses, String sessionId) {
        this.engine = engine;
        this.harnesses = harnesses;
        this.sessionId = sessionId;
    }

    public Result run(Language language, Problem problem, String source, int runs, int concurrent)
            throws InterruptedException {
        Submission submission = Submission.of(problem, language.id(), source, RunMode.SUBMIT);
        PoolConfig config = PoolConfig.defaults().withSessionId(sessionId);
        List<Duration> warm = new ArrayList<>();
        List<Duration> cold = new ArrayList<>();
        double perSecond;
        try (ContainerPool pool = new ContainerPool(engine, List.of(language.withPoolSize(2)), config).start()) {
            pool.awaitSettled(Duration.ofMinutes(3));
            Judge warmJudge = new Judge(harnesses, new PoolLender(pool, engine), Duration.ofMinutes(2));
            Judge coldJudge = new Judge(harnesses, new ColdLender(engine, config, Map.of(language.id(), language)),
                    Duration.ofMinutes(2));
            once(warmJudge, submission); // the first run of a fresh container is not what a learner waits for
            for (int i = 0; i < runs; i++) {
                pool.awaitSettled(Duration.ofMinutes(1)); // both paths start from a quiet pool
                warm.add(once(warmJudge, submission));
                pool.awaitSettled(Duration.ofMinutes(1));
                cold.add(once(coldJudge, submission));
            }
            pool.awaitSettled(Duration.ofMinutes(1));
            long start = System.nanoTime();
            try (SubmissionQueue queue = new SubmissionQueue(warmJudge::judge, 2)) {
                List<Ticket> tickets = new ArrayList<>();
                for (int i = 0; i < concurrent; i++) {
                    tickets.add(queue.submit(submission, SubmissionQueue.Listener.NONE));
                }
                for (Ticket t : tickets) {
                    t.result().get(10, TimeUnit.MINUTES);
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("a concurrent submission failed", e);
            }
            perSecond = concurrent / ((System.nanoTime() - start) / 1e9);
        }
        return new Result(language.id(), runs, problem.tests().size(), Percentiles.of(warm, 50), Percentiles.of(warm, 90),
                Percentiles.of(cold, 50), Percentiles.of(cold, 90), perSecond, concurrent);
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
