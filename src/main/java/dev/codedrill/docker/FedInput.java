package dev.codedrill.docker;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The stdin of a {@link PreparedExec}: bytes handed over later, read by docker-java's pump thread, which sends them
 * down the hijacked connection. It blocks until fed; after {@link #end()} the pump thread ends silently.
 *
 * <p>The pump thread gets a handler of its own on its first read: a process-wide default handler (an IDE's,
 * TestFX's) would otherwise take its planned end, or a send to a connection the exec already closed (its process was
 * killed while its input was still on the way; the exec's result says what happened), for a crash of the app.
 */
final class FedInput extends InputStream {

    private static final byte[] END = new byte[0];
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FedInput.class);
    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private byte[] current;
    private int pos;
    private boolean handled;

    void feed(byte[] bytes) {
        if (bytes.length > 0) {
            chunks.add(bytes);
        }
    }

    void end() {
        chunks.add(END);
    }

    private static void pumpEnded(Thread pump, Throwable why) {
        if (!(why instanceof ThreadDeath)) {
            LOG.debug("the stdin pump of a prepared exec ended with {}", why.toString(), why);
        }
    }

    @Override
    public int read() throws InterruptedIOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws InterruptedIOException {
        if (!handled) {
            Thread.currentThread().setUncaughtExceptionHandler(FedInput::pumpEnded);
            handled = true;
        }
        if (len == 0) {
            return 0;
        }
        if (current == null || pos >= current.length) {
            try {
                current = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
            pos = 0;
            if (current == END) {
                // Not end-of-stream: the pump would then shut the TLS socket's output, which throws from its thread
                // and prints a stack trace. ThreadDeath ends that thread and is the one throwable its thread group
                // does not print. The connection itself is closed with the exec's callback. The pump thread gets a
                // handler of its own first: a process-wide default handler (an IDE's, TestFX's) would otherwise take
                // this planned end for a crash (the handler was set on the first read).
                throw new ThreadDeath();
            }
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }
}
