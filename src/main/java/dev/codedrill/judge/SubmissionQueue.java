package dev.codedrill.judge;

import dev.codedrill.concurrent.DaemonThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submissions wait here for one of a fixed number of workers (config), so a burst of Submit clicks never runs more
 * at once than the machine and the pool can take. Each submission's stage can be watched and it can be cancelled.
 */
public final class SubmissionQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionQueue.class);

    /** Hears each stage change, on the worker's thread (a UI hops to its own thread). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (ticket, stage) -> { };

        void stageChanged(Ticket ticket, JudgeStage stage);
    }

    private final JudgeService judge;
    private final ExecutorService workers;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();

    public SubmissionQueue(JudgeService judge, int workerCount) {
        if (workerCount < 1) {
            throw new IllegalArgumentException("at least one worker");
        }
        this.judge = judge;
        this.workers = Executors.newFixedThreadPool(workerCount, DaemonThreads.numbered("judge-worker"));
    }

    public Ticket submit(Submission submission, Listener listener) {
        Ticket ticket = new Ticket(ids.incrementAndGet(), submission, listener);
        waiting.incrementAndGet();
        listener.stageChanged(ticket, JudgeStage.QUEUED);
        workers.execute(() -> work(ticket));
        return ticket;
    }

    private void work(Ticket ticket) {
        waiting.decrementAndGet();
        if (!ticket.begin()) {
            return; // cancelled while it waited
        }
        running.incrementAndGet();
        try {
            JudgeResult result = judge.judge(ticket.submission(), ticket::advance);
            ticket.complete(result);
        } catch (InterruptedException e) {
            ticket.cancel();
        } catch (RuntimeException e) {
            LOG.error("judging submission {} failed", ticket.id(), e);
            ticket.fail(e);
        } finally {
            running.decrementAndGet();
            ticket.end();
        }
    }

    /** Submissions waiting for a worker. */
    public int waiting() {
        return waiting.get();
    }

    /** Submissions being judged now. */
    public int running() {
        return running.get();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
