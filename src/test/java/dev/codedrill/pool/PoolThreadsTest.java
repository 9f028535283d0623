package dev.codedrill.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A stdin pump that dies with its exec is logged, not reported as a crash; anything else still is. */
class PoolThreadsTest {

    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    private void throwInAPoolThread(RuntimeException failure) throws InterruptedException {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> reported.add(e));
        Thread t = new Thread(PoolThreads.GROUP, () -> {
            throw failure;
        }, "test-pool-thread");
        t.start();
        t.join();
    }

    @Test
    void theStdinPumpEndingWithItsConnectionIsNotACrash() throws InterruptedException {
        RuntimeException closed = new RuntimeException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "com.github.dockerjava.httpclient5.HijackingHttpRequestExecutor", "lambda$executeHijacked$0",
                "HijackingHttpRequestExecutor.java", 84)});
        throwInAPoolThread(closed);
        assertThat(reported).isEmpty();
    }

    @Test
    void anyOtherFailureOfAPoolThreadStillReachesTheDefaultHandler() throws InterruptedException {
        IllegalStateException bug = new IllegalStateException("a bug");
        throwInAPoolThread(bug);
        assertThat(reported).containsExactly(bug);
    }
}
