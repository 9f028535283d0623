package dev.codedrill.judge;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A submission in the queue: its stage as it moves (queued, compiling, running, then judged or cancelled), its
 * result when there is one, and a way to cancel it.
 */
public final class Ticket {

    private final long id;
    private final Submission submission;
    private final AtomicReference<JudgeStage> stage = new AtomicReference<>(JudgeStage.QUEUED);
    private final CompletableFuture<JudgeResult> result = new CompletableFuture<>();
    private final SubmissionQueue.Listener listener;
    private volatile Thread runner;

    Ticket(long id, Submission submission, SubmissionQueue.Listener listener) {
        this.id = id;
        this.submission = submission;
        this.listener = listener;
    }

    public long id() {
        return id;
    }

    public Submission submission() {
        return submission;
    }

    public JudgeStage stage() {
        return stage.get();
    }

    /** Completes with the result; cancelled when the ticket is. */
    public CompletableFuture<JudgeResult> result() {
        return result;
    }

    /** Cancels a queued or running submission; false when it was already judged or cancelled. */
    public boolean cancel() {
        if (!advance(JudgeStage.CANCELLED)) {
            return false;
        }
        Thread running = runner;
        if (running != null) {
            running.interrupt(); // the engine kills the run's processes when its exec is interrupted
        }
        result.cancel(false);
        return true;
    }

    boolean begin() {
        if (stage.get() != JudgeStage.QUEUED) {
            return false;
        }
        runner = Thread.currentThread();
        if (stage.get() == JudgeStage.CANCELLED) { // cancelled between the check and taking the thread
            runner = null;
            return false;
        }
        return true;
    }

    void end() {
        runner = null;
        Thread.interrupted(); // an interrupt meant for this run must not reach the worker's next one
    }

    /** Moves forward unless already judged or cancelled; tells the listener. */
    boolean advance(JudgeStage next) {
        while (true) {
            JudgeStage current = stage.get();
            if (current == JudgeStage.JUDGED || current == JudgeStage.CANCELLED || current == next) {
                return false;
            }
            if (stage.compareAndSet(current, next)) {
                listener.stageChanged(this, next);
                return true;
            }
        }
    }

    void complete(JudgeResult judged) {
        if (advance(JudgeStage.JUDGED)) {
            result.complete(judged);
        }
    }

    void fail(Throwable error) {
        if (advance(JudgeStage.JUDGED)) {
            result.completeExceptionally(error);
        }
    }
}
