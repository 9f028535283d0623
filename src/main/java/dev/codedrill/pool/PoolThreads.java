package dev.codedrill.pool;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread group of the pool's workers, and so of the threads docker-java starts from them: the stream of an exec
 * the pool prepares, and that stream's stdin pump. When a prepared exec's process dies before its input is sent (the
 * container reset or removed under it), the pump throws from its own thread; the exec's result already says what
 * happened, so that throw is logged here instead of reaching a process-wide handler (an IDE's, TestFX's) as a crash.
 * Anything else goes on to the default handler.
 */
final class PoolThreads extends ThreadGroup {

    static final PoolThreads GROUP = new PoolThreads();
    private static final Logger LOG = LoggerFactory.getLogger(PoolThreads.class);
    private static final String STDIN_PUMP = "com.github.dockerjava.httpclient5.HijackingHttpRequestExecutor";

    private PoolThreads() {
        super("codedrill-pool");
        setDaemon(false); // a daemon group would be destroyed with its last thread, and take no new ones
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        if (fromStdinPump(failure)) {
            LOG.debug("the stdin pump of an exec ended: {}", failure.toString(), failure);
            return;
        }
        super.uncaughtException(thread, failure);
    }

    private static boolean fromStdinPump(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith(STDIN_PUMP)) {
                    return true;
                }
            }
        }
        return false;
    }
}
