package dev.codedrill.testing;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.judge.CompileCache;
import dev.codedrill.judge.Judge;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeStage;
import dev.codedrill.judge.PoolLender;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.Submission;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.pool.PoolStats;
import dev.codedrill.problem.Problem;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** The production judging path for tests: a warm pool of one language in the shared private daemon. */
public final class JudgeFixture implements AutoCloseable {

    private final HarnessGenerator generator;
    private final ContainerPool pool;
    private final Judge judge;
    private final Judge everyTest;

    public JudgeFixture(HarnessGenerator generator) {
        this(generator, PoolConfig.defaults());
    }

    /** The same with a pool made as {@code config} says (e.g. with another sandbox runtime). */
    public JudgeFixture(HarnessGenerator generator, PoolConfig config) {
        this.generator = generator;
        DockerEngine engine = SharedTestDaemon.engine();
        Language language = SharedTestDaemon.context().languages().find(generator.languageId()).orElseThrow()
                .withPoolSize(1);
        this.pool = new ContainerPool(engine, List.of(language), config).start();
        this.judge = new Judge(new HarnessRegistry(List.of(generator)), new PoolLender(pool, engine),
                Duration.ofMinutes(3));
        this.everyTest = new Judge(new HarnessRegistry(List.of(generator)), new PoolLender(pool, engine),
                Duration.ofMinutes(3), judge.compileCache()).runningAllTests(true);
    }

    /** Submits with every test run (config judge.allTests), not stopping at the first failure. */
    public JudgeResult submitRunningEveryTest(Problem problem, String source) {
        try {
            return everyTest.judge(Submission.of(problem, generator.languageId(), source, RunMode.SUBMIT), s -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JudgeResult submit(Problem problem, String source) {
        return judge(problem, source, RunMode.SUBMIT);
    }

    public JudgeResult judge(Problem problem, String source, RunMode mode) {
        return judge(problem, source, mode, stage -> { });
    }

    /** Judges, telling {@code stages} the stages the judge reports. */
    public JudgeResult judge(Problem problem, String source, RunMode mode, Consumer<JudgeStage> stages) {
        try {
            return judge.judge(Submission.of(problem, generator.languageId(), source, mode), stages);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public CompileCache compileCache() {
        return judge.compileCache();
    }

    /** The pool, for a look inside one of its sandboxes. */
    public ContainerPool pool() {
        return pool;
    }

    public PoolStats stats() {
        return pool.stats(generator.languageId());
    }

    /** Waits until the pool has finished resetting and replacing (after a hostile run). */
    public boolean settle() throws InterruptedException {
        return pool.awaitSettled(Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        pool.close();
    }
}
