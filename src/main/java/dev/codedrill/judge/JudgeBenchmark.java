package dev.codedrill.judge;

import dev.codedrill.docker.ContainerState;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.WarmRuntime;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.Percentiles;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.pool.SandboxFactory;
import dev.codedrill.problem.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
     * @param warmSteps where a warm submission's time went: the p50 of each step in milliseconds ({@link #breakdown})
     * @param coldSteps the same for a cold one
     * @param cachedSteps the same for a cached one (empty for an interpreted language)
     * @param plainP50  for a language with a warm runtime, a warm container's submission with the runtime turned off
     *                  (the interpreter started by the run, as before there were warm runtimes); null for the others
     */
    public record Result(String language, int runs, int tests, Duration warmP50, Duration warmP90, Duration coldP50,
                         Duration coldP90, double perSecond, int concurrent, Duration cachedP50, Duration cachedP90,
                         Map<String, Double> warmSteps, Map<String, Double> coldSteps,
                         Map<String, Double> cachedSteps, Duration plainP50) {

        public Result(String language, int runs, int tests, Duration warmP50, Duration warmP90, Duration coldP50,
                      Duration coldP90, double perSecond, int concurrent) {
            this(language, runs, tests, warmP50, warmP90, coldP50, coldP90, perSecond, concurrent, null, null,
                    Map.of(), Map.of(), Map.of(), null);
        }

        /** The same figures under another name (the language with its runtime). */
        public Result labelled(String label) {
            return new Result(label, runs, tests, warmP50, warmP90, coldP50, coldP90, perSecond, concurrent,
                    cachedP50, cachedP90, warmSteps, coldSteps, cachedSteps, plainP50);
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
    private boolean atOnce;

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

    /**
     * Whether each warm submission waits, after the pool has settled, until the warm runtimes its idle containers
     * started after their reset are ready (a learner's pace: seconds between submissions; the default), or goes at
     * once (right after the submission before: the runtimes may still be starting, and their start takes the
     * container's CPU).
     */
    public JudgeBenchmark atOnce(boolean value) {
        this.atOnce = value;
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
        List<Timed> cachedTimes = new ArrayList<>();
        List<Timed> warmTimes = new ArrayList<>();
        List<Timed> coldTimes = new ArrayList<>();
        double perSecond;
        try (ContainerPool pool = new ContainerPool(engine, List.of(language.withPoolSize(2)), config).start()) {
            pool.awaitSettled(Duration.ofMinutes(3));
            Judge warmJudge = new Judge(harnesses, new PoolLender(pool, engine), Judge.BORROW_WAIT);
            Judge coldJudge = new Judge(harnesses, new ColdLender(engine, config, Map.of(language.id(), language)),
                    Judge.BORROW_WAIT);
            // the first run of a fresh container is not what a learner waits for
            once(warmJudge, fresh(language, problem, source));
            for (int i = 0; i < runs; i++) {
                quiet(pool); // both paths start from a quiet pool
                Timed w = timed(warmJudge, fresh(language, problem, source));
                warm.add(w.took());
                warmTimes.add(w);
                pool.awaitSettled(Duration.ofMinutes(1));
                Timed c = timed(coldJudge, fresh(language, problem, source));
                cold.add(c.took());
                coldTimes.add(c);
            }
            if (compiled) {
                Submission unchanged = fresh(language, problem, source);
                once(warmJudge, unchanged); // compiles once; every run after takes the cached artifacts
                for (int i = 0; i < runs; i++) {
                    quiet(pool);
                    Timed c = timed(warmJudge, unchanged);
                    cached.add(c.took());
                    cachedTimes.add(c);
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
                compiled ? Percentiles.of(cached, 50) : null, compiled ? Percentiles.of(cached, 90) : null,
                breakdown(warmTimes), breakdown(coldTimes), compiled ? breakdown(cachedTimes) : Map.of(),
                plain(language, problem, source, runs, config));
    }

    /** Warm submissions through a pool without warm runtimes (null for a language that has none). */
    private Duration plain(Language language, Problem problem, String source, int runs, PoolConfig config)
            throws InterruptedException {
        if (LanguageSupports.find(language.id()).flatMap(LanguageSupport::warmRuntime).isEmpty()) {
            return null;
        }
        List<Duration> plain = new ArrayList<>();
        try (ContainerPool pool = new ContainerPool(engine, List.of(language.withPoolSize(2)),
                config.withWarmRuntimes(false)).start()) {
            pool.awaitSettled(Duration.ofMinutes(3));
            Judge judge = new Judge(harnesses, new PoolLender(pool, engine), Judge.BORROW_WAIT);
            once(judge, fresh(language, problem, source));
            for (int i = 0; i < runs; i++) {
                quiet(pool);
                plain.add(once(judge, fresh(language, problem, source)));
            }
        }
        return Percentiles.of(plain, 50);
    }

    /**
     * Waits until the pool has settled and, unless {@link #atOnce}, until each idle container's warm runtimes are
     * ready: each has made its {@code ready} file ({@link WarmRuntime}), or none was started.
     */
    private void quiet(ContainerPool pool) throws InterruptedException {
        pool.awaitSettled(Duration.ofMinutes(1));
        if (atOnce) {
            return;
        }
        for (ContainerState container : engine.list(pool.labels())) {
            ExecResult ready = engine.exec(container.id(), ExecRequest.of(SandboxFactory.USER, Duration.ofSeconds(30),
                    "sh", "-c", "for d in " + WarmRuntime.DIR + " " + WarmRuntime.RUN_DIR + "; do"
                            + " while [ -e \"$d/pid\" ] && [ ! -e \"$d/ready\" ]; do sleep 0.02; done; done"));
            if (ready.exitCode() != 0) {
                throw new IllegalStateException("the warm runtimes of " + container.id() + " did not get ready: "
                        + ready.stderrText());
            }
        }
    }

    /** A measured submission: how long it took, and where the time went. */
    private record Timed(Duration took, StepTimes steps) {
    }

    /**
     * The p50 of each step over {@code runs}, in milliseconds, in the order a submission meets them (a step no run took
     * is left out), then {@code other}: what no step accounts for (generating the harness, judging the results).
     * The compiler's and the program's times are inside their execs', the tests' inside the program's.
     */
    static Map<String, Double> breakdown(List<Timed> runs) {
        Map<String, Double> p50 = new LinkedHashMap<>();
        for (StepTimes.Step step : StepTimes.Step.values()) {
            if (runs.stream().anyMatch(r -> r.steps().took(step))) {
                p50.put(step.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        median(runs.stream().map(r -> r.steps().millis(step)).toList()));
            }
        }
        p50.put("other", median(runs.stream().map(r -> r.took().toNanos() / 1e6 - r.steps().millis(StepTimes.Step.PREPARE)
                - r.steps().millis(StepTimes.Step.BORROW) - r.steps().millis(StepTimes.Step.COMPILE_EXEC)
                - r.steps().millis(StepTimes.Step.RUN_EXEC) - r.steps().millis(StepTimes.Step.FINISH)).toList()));
        return p50;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get((sorted.size() - 1) / 2);
    }

    /** The source with a comment that no other submission of this benchmark has: new code to the judge. */
    private Submission fresh(Language language, Problem problem, String source) {
        String marker = LanguageSupports.of(language.id()).lineComment() + " bench " + sessionId + " "
                + variant.incrementAndGet();
        return Submission.of(problem, language.id(), source + "\n" + marker + "\n", RunMode.SUBMIT);
    }

    private static Duration once(Judge judge, Submission submission) throws InterruptedException {
        return timed(judge, submission).took();
    }

    private static Timed timed(Judge judge, Submission submission) throws InterruptedException {
        StepTimes steps = new StepTimes();
        long start = System.nanoTime();
        JudgeResult result = judge.judge(submission, stage -> { }, steps);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!result.verdict().accepted()) {
            throw new IllegalStateException("the benchmark's reference solution was not accepted: " + result.verdict());
        }
        return new Timed(took, steps);
    }
}
