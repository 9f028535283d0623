package dev.codedrill.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DaemonThreadsTest {

    @Test
    void namedThreadsAreDaemonsAllCalledByTheirName() {
        DaemonThreads threads = DaemonThreads.named("draft-writer");

        Thread first = threads.newThread(() -> { });
        Thread second = threads.newThread(() -> { });

        assertThat(first.isDaemon()).isTrue();
        assertThat(first.getName()).isEqualTo("draft-writer");
        assertThat(second.getName()).isEqualTo("draft-writer");
    }

    @Test
    void numberedThreadsCountFromOneInTheirGroup() {
        ThreadGroup group = new ThreadGroup("test-group");
        DaemonThreads threads = DaemonThreads.numbered(group, "judge-worker");

        Thread first = threads.newThread(() -> { });
        Thread second = threads.newThread(() -> { });

        assertThat(first.getName()).isEqualTo("judge-worker-1");
        assertThat(second.getName()).isEqualTo("judge-worker-2");
        assertThat(second.getThreadGroup()).isSameAs(group);
        assertThat(second.isDaemon()).isTrue();
    }

    @Test
    void startRunsTheWorkOnANamedDaemonThread() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        String[] seen = new String[1];

        Thread thread = DaemonThreads.start("codedrill-load", () -> {
            seen[0] = Thread.currentThread().getName();
            ran.countDown();
        });

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(thread.isDaemon()).isTrue();
        assertThat(seen[0]).isEqualTo("codedrill-load");
    }
}
