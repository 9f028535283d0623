package dev.codedrill.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Collects an exec's stdout and stderr apart, each up to its limit. Past a limit it keeps reading (to drain the
 * stream) but keeps nothing, and signals the caller, who then kills the command.
 */
final class CappedOutputCallback extends ResultCallback.Adapter<Frame> {

    private final Capped stdout;
    private final Capped stderr;
    private final CountDownLatch endOrOverflow = new CountDownLatch(1);
    /** Notified on every frame and at the end, for {@link #awaitStdoutLine}. */
    private final Object progress = new Object();
    private volatile Throwable error;

    CappedOutputCallback(int stdoutLimit, int stderrLimit) {
        this.stdout = new Capped(stdoutLimit);
        this.stderr = new Capped(stderrLimit);
    }

    @Override
    public void onNext(Frame frame) {
        boolean overflowed = switch (frame.getStreamType()) {
            case STDERR -> stderr.append(frame.getPayload());
            case STDOUT, RAW -> stdout.append(frame.getPayload());
            default -> false;
        };
        if (overflowed) {
            endOrOverflow.countDown();
        }
        progressed();
    }

    private void progressed() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    @Override
    public void onError(Throwable throwable) {
        error = throwable;
        endOrOverflow.countDown();
        progressed();
        try {
            close();
        } catch (Exception ignored) {
            // the stream is gone either way
        }
    }

    @Override
    public void onComplete() {
        endOrOverflow.countDown();
        super.onComplete();
        progressed();
    }

    /** Sets the limits before any output arrives (a prepared exec learns them when it is fed). */
    void limits(int stdoutLimit, int stderrLimit) {
        stdout.limit(stdoutLimit);
        stderr.limit(stderrLimit);
    }

    /** The stream has ended (or failed). */
    boolean ended() {
        return endOrOverflow.getCount() == 0 && !overflowed();
    }

    /** Waits until the stream ends or an output limit is passed; false when the time ran out first. */
    boolean awaitEndOrOverflow(long nanos) throws InterruptedException {
        return endOrOverflow.await(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }

    /**
     * Waits until stdout holds {@code line} as a whole line; false when the stream ended, failed or passed a limit
     * first, or the time ran out.
     */
    boolean awaitStdoutLine(String line, long nanos) throws InterruptedException {
        long until = System.nanoTime() + nanos;
        synchronized (progress) {
            while (true) {
                if (("\n" + stdout.text()).contains("\n" + line + "\n")) {
                    return true;
                }
                long left = until - System.nanoTime();
                if (endOrOverflow.getCount() == 0 || left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
        }
    }

    /** Forgets what stdout and stderr kept so far (neither passed its limit). */
    void forget() {
        stdout.clear();
        stderr.clear();
    }

    /** Waits for the end of the stream only. */
    boolean awaitEnd(long millis) throws InterruptedException {
        return awaitCompletion(millis, TimeUnit.MILLISECONDS);
    }

    boolean overflowed() {
        return stdout.truncated() || stderr.truncated();
    }

    Throwable error() {
        return error;
    }

    Capped stdout() {
        return stdout;
    }

    Capped stderr() {
        return stderr;
    }

    /** One stream's bytes, up to a limit. */
    static final class Capped {
        private int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean truncated;

        Capped(int limit) {
            this.limit = limit;
        }

        synchronized void limit(int value) {
            limit = value;
        }

        /** Appends what fits; true the first time something did not fit. */
        synchronized boolean append(byte[] payload) {
            int room = limit - bytes.size();
            if (payload.length <= room) {
                bytes.write(payload, 0, payload.length);
                return false;
            }
            bytes.write(payload, 0, Math.max(0, room));
            boolean first = !truncated;
            truncated = true;
            return first;
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        synchronized void clear() {
            bytes.reset();
        }

        synchronized byte[] toByteArray() {
            return bytes.toByteArray();
        }

        synchronized boolean truncated() {
            return truncated;
        }
    }
}
