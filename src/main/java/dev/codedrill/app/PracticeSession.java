package dev.codedrill.app;

import dev.codedrill.concurrent.DaemonThreads;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.Judgement;
import dev.codedrill.history.NewSubmission;
import dev.codedrill.history.SubmissionKind;
import dev.codedrill.history.SubmissionVerdict;
import dev.codedrill.judge.Judge;
import dev.codedrill.judge.Stress;
import dev.codedrill.problem.Problem;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeResultJson;
import dev.codedrill.judge.JudgeStage;
import dev.codedrill.judge.PoolLender;
import dev.codedrill.judge.Submission;
import dev.codedrill.judge.SubmissionQueue;
import dev.codedrill.judge.Ticket;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.pool.PoolStats;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the app judges with once the engine is up: a warm pool of the available languages, the judge over it and
 * the submission queue in front of it. Every submission is recorded in the history when queued, marked running
 * when a worker takes it, and updated with its verdict and per-test details (or as cancelled).
 * Safe to use from any thread; listeners hear stages on the worker threads.
 */
public final class PracticeSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeSession.class);

    private record Engine(ContainerPool pool, SubmissionQueue queue, Judge judge, Set<String> languages) {
    }

    private final HistoryStore history;
    private java.nio.file.Path generatedTests;
    private final int workers;
    private final String sessionId;
    private double timeFactor = 1.0;
    private Duration compileLimit = dev.codedrill.judge.RunLimits.DEFAULT_COMPILE;
    private boolean allTests;
    private final AtomicReference<Engine> engine = new AtomicReference<>();
    /**
     * Every history update after the first record happens here, in order, never on a judge worker: cancelling a
     * submission interrupts its worker, and an interrupt must not land in the middle of a database write.
     */
    private volatile String runtime;
    private final ExecutorService historyWriter = Executors.newSingleThreadExecutor(
            DaemonThreads.named("history-writer"));

    /**
     * @param history   where submissions are recorded; null when the history could not be opened (judging still works)
     * @param workers   how many submissions are judged at once
     * @param sessionId labels this session's containers (see {@link SessionLocks})
     */
    public PracticeSession(HistoryStore history, int workers, String sessionId) {
        this.history = history;
        this.workers = workers;
        this.sessionId = sessionId;
    }

    /** The user's judging limits (config {@code judge}); call before {@link #attach}. */
    public PracticeSession withLimits(double factor, Duration compile) {
        this.timeFactor = factor;
        this.compileLimit = compile;
        return this;
    }

    /** The OCI runtime of the sandboxes (config {@code sandbox.runtime}; null: the engine's); call before {@link #attach}. */
    public PracticeSession withRuntime(String value) {
        this.runtime = value;
        return this;
    }

    /** Whether Submit runs every test (config {@code judge.allTests}); call before {@link #attach}. */
    public PracticeSession runningAllTests(boolean all) {
        this.allTests = all;
        return this;
    }

    /** Where the tests problems' generators make are kept between sessions; call before {@link #attach}. */
    public PracticeSession keepingGeneratedTestsIn(java.nio.file.Path dir) {
        this.generatedTests = dir;
        return this;
    }

    /** Starts the pool (filled in the background) and the queue on {@code sandboxEngine}; once. */
    public void attach(DockerEngine sandboxEngine, Collection<Language> languages) {
        Engine attached = engineFor(sandboxEngine, languages);
        if (!engine.compareAndSet(null, attached)) {
            attached.queue().close();
            attached.pool().close();
            throw new IllegalStateException("the session already has an engine");
        }
    }

    /** The languages the attached engine judges (none before {@link #attach}). */
    public Set<String> languages() {
        Engine attached = engine.get();
        return attached == null ? Set.of() : attached.languages();
    }

    /**
     * Attaches again with other languages (an image loaded since: the setup panel). New submissions go to the new
     * pool at once; the old one finishes what it has queued and running, then removes its containers, off this
     * thread, so nothing submitted before is cancelled.
     */
    public synchronized void reattach(DockerEngine sandboxEngine, Collection<Language> languages) {
        Engine attached = engineFor(sandboxEngine, languages);
        Engine old = engine.getAndSet(attached);
        if (old != null) {
            DaemonThreads.start("engine-retire", () -> retire(old));
        }
    }

    /** Waits (up to an hour) until the old engine has nothing queued or running, then closes it. */
    private static void retire(Engine old) {
        try {
            long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(1);
            while (old.queue().waiting() + old.queue().running() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            old.queue().close();
            old.pool().close();
        }
    }

    private Engine engineFor(DockerEngine sandboxEngine, Collection<Language> languages) {
        ContainerPool pool = new ContainerPool(sandboxEngine, List.copyOf(languages),
                PoolConfig.defaults().withSessionId(sessionId).withRuntime(runtime)).start();
        Judge judge = new Judge(HarnessRegistry.standard(), new PoolLender(pool, sandboxEngine), Judge.BORROW_WAIT)
                .withLimits(timeFactor, compileLimit).runningAllTests(allTests);
        if (generatedTests != null) {
            judge = judge.keepingGeneratedTestsIn(generatedTests);
        }
        return new Engine(pool, new SubmissionQueue(judge::judge, workers), judge,
                languages.stream().map(Language::id).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    public boolean ready() {
        return engine.get() != null;
    }

    /**
     * A queued submission: its ticket (stage, cancel), and its result, which completes once the history has been
     * updated too (so whoever reloads the history then sees the verdict).
     *
     * @param historyId the history row, or null when it is not being recorded
     */
    public record Submitted(Ticket ticket, CompletableFuture<JudgeResult> judged, Long historyId) {
    }

    /**
     * Stress-tests a solution on the session's sandboxes ({@link Stress}), on the calling thread; nothing is recorded
     * in the history. Throws when no engine is attached yet.
     */
    public Stress.Outcome stress(Problem problem, String generator, Stress.Program brute, Stress.Program solution,
                                 int rounds, int perRound, java.util.function.Consumer<String> progress)
            throws InterruptedException, Stress.ProgramFailed {
        Engine attached = engine.get();
        if (attached == null) {
            throw new IllegalStateException("The sandbox is not ready yet: wait for Docker (see the status bar).");
        }
        return new Stress(attached.judge()).run(problem, generator, brute, solution, rounds, perRound, 1, progress);
    }

    /** Queues a submission; its stages reach {@code listener}. Throws when no engine is attached yet. */
    public Submitted submit(Submission submission, SubmissionQueue.Listener listener) {
        Engine attached = engine.get();
        if (attached == null) {
            throw new IllegalStateException("The sandbox is not ready yet: wait for Docker (see the status bar).");
        }
        Long id = record(submission);
        Ticket ticket = attached.queue().submit(submission, (t, stage) -> {
            if (id != null && (stage == JudgeStage.COMPILING || stage == JudgeStage.RUNNING)) {
                write(() -> history.submissions().markRunning(id));
            } else if (id != null && stage == JudgeStage.CANCELLED) {
                write(() -> history.submissions().markCancelled(id));
            }
            listener.stageChanged(t, stage);
        });
        CompletableFuture<JudgeResult> judged = new CompletableFuture<>();
        ticket.result().whenComplete((result, error) -> {
            CompletableFuture<Void> recorded;
            if (id == null) {
                recorded = CompletableFuture.completedFuture(null);
            } else if (result != null) {
                recorded = write(() -> history.submissions().recordJudged(id, judgement(submission, result)));
            } else if (!(error instanceof CancellationException)) {
                recorded = write(() -> history.submissions().recordJudged(id,
                        Judgement.without(SubmissionVerdict.INTERNAL_ERROR)));
            } else {
                recorded = write(() -> { }); // after the cancelled mark
            }
            recorded.whenComplete((done, ignored) -> {
                if (result != null) {
                    judged.complete(result);
                } else {
                    judged.completeExceptionally(error instanceof CompletionException ? error
                            : new CompletionException(error)); // as a dependent stage of the ticket's result would
                }
            });
        });
        return new Submitted(ticket, judged, id);
    }

    public Optional<HistoryStore> history() {
        return Optional.ofNullable(history);
    }

    public List<PoolStats> poolStats() {
        Engine attached = engine.get();
        return attached == null ? List.of() : attached.pool().stats();
    }

    /** Submissions waiting for a worker. */
    public int waiting() {
        Engine attached = engine.get();
        return attached == null ? 0 : attached.queue().waiting();
    }

    /** Submissions being judged. */
    public int running() {
        Engine attached = engine.get();
        return attached == null ? 0 : attached.queue().running();
    }

    static Judgement judgement(Submission submission, JudgeResult result) {
        return new Judgement(SubmissionVerdict.valueOf(result.verdict().code()), result.passed(), result.total(),
                Math.round(result.timeMs()), JudgeResultJson.of(submission.problem().id(), submission.languageId(),
                        submission.mode(), result).toString());
    }

    private Long record(Submission submission) {
        if (history == null) {
            return null;
        }
        try {
            return history.submissions().recordQueued(new NewSubmission(submission.problem().id(),
                    submission.languageId(), SubmissionKind.valueOf(submission.mode().name()), submission.source()));
        } catch (RuntimeException e) {
            LOG.warn("not recording a submission of {}", submission.problem().id(), e);
            return null;
        }
    }

    /** Queues a history update on the writer; the future completes when it is done, failed or not. */
    private CompletableFuture<Void> write(Runnable update) {
        try {
            return CompletableFuture.runAsync(() -> {
                try {
                    update.run();
                } catch (RuntimeException e) {
                    LOG.warn("could not update the history", e); // judging goes on; the row shows as interrupted next time
                }
            }, historyWriter);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Stops the queue (cancelling what runs) and removes the pool's containers; the history stays open. */
    @Override
    public void close() {
        Engine attached = engine.getAndSet(null);
        if (attached != null) {
            attached.queue().close();
            attached.pool().close();
        }
        historyWriter.shutdown(); // what is queued is still written
        try {
            historyWriter.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
