package dev.codedrill.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PingCmd;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The background pings that put a connection back in the pool after a start took one (a client that counts them). */
class ConnectionRefillTest {

    private final AtomicInteger pings = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private volatile CountDownLatch release = new CountDownLatch(0);
    private volatile RuntimeException failure;
    private ConnectionRefill refill;

    @Test
    void eachStartIsFollowedByAPingInTheBackground() throws Exception {
        refill = new ConnectionRefill(client());
        refill.replaceTaken();
        awaitPings(1);
        refill.replaceTaken();
        awaitPings(2);
    }

    @Test
    void aBurstOfStartsRunsAtMostFourPingsAtOnceAndTheRefillWorksAgainAfterwards() throws Exception {
        release = new CountDownLatch(1);
        refill = new ConnectionRefill(client());
        Thread[] starters = new Thread[8];
        for (int i = 0; i < starters.length; i++) {
            starters[i] = new Thread(() -> {
                for (int j = 0; j < 25; j++) {
                    refill.replaceTaken();
                }
            });
            starters[i].start();
        }
        for (Thread t : starters) {
            t.join(10_000);
        }
        awaitPings(4);
        assertThat(inFlight.get()).isEqualTo(4);
        assertThat(refill.running()).isEqualTo(4);
        release.countDown();
        awaitIdle();
        assertThat(mostAtOnce.get()).isEqualTo(4);
        int before = pings.get();
        refill.replaceTaken();
        awaitPings(before + 1);
    }

    @Test
    void aPingThatFailsIsNotThrownAtTheCallerAndFreesItsPlace() throws Exception {
        failure = new IllegalStateException("engine gone");
        refill = new ConnectionRefill(client());
        for (int i = 1; i <= 6; i++) {
            assertThatCode(refill::replaceTaken).doesNotThrowAnyException();
            awaitPings(i);
            awaitIdle();
        }
    }

    private DockerClient client() {
        PingCmd ping = (PingCmd) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PingCmd.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("exec")) {
                        return null;
                    }
                    mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    pings.incrementAndGet();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                        if (failure != null) {
                            throw failure;
                        }
                        return null;
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
        return (DockerClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DockerClient.class},
                (proxy, method, args) -> method.getName().equals("pingCmd") ? ping : null);
    }

    private void awaitPings(int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pings.get() < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(pings.get()).isGreaterThanOrEqualTo(count);
    }

    private void awaitIdle() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (refill.running() > 0 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(refill.running()).isZero();
    }
}
