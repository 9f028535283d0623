package dev.codedrill.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.docker.ImageMissingException;
import dev.codedrill.lang.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool's bookkeeping against a fake engine, where a real daemon is not the point. */
class ContainerPoolStateTest {

    private static final Duration SETTLE = Duration.ofSeconds(10);
    private final FakeEngine engine = new FakeEngine();
    private ContainerPool pool;

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
            assertThat(engine.containers).as("containers left").isEmpty();
            assertThat(engine.volumes).as("volumes left").isEmpty();
        }
    }

    private static Language python(int poolSize) {
        return new Language("python", "Python 3", "img", "solution.py", List.of(), List.of("python3", "solution.py"),
                poolSize);
    }

    private ContainerPool started(int poolSize, int extra) throws InterruptedException {
        pool = new ContainerPool(engine, List.of(python(poolSize)),
                PoolConfig.defaults().withExtraPerLanguage(extra)).start();
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        return pool;
    }

    @Test
    void startFillsTheLanguageToItsPoolSizeWithAContainerAndAVolumeEach() throws Exception {
        started(3, 0);
        assertThat(pool.stats("python").idle()).isEqualTo(3);
        assertThat(engine.containers).hasSize(3);
        assertThat(engine.volumes).hasSize(3);
    }

    @Test
    void aLentContainerGoesToNobodyElseUntilItIsReturnedAndReset() throws Exception {
        started(1, 0);
        Lease lease = pool.borrow("python", Duration.ofSeconds(1));
        assertThat(pool.stats("python").busy()).isEqualTo(1);
        assertThatThrownBy(() -> pool.borrow("python", Duration.ofMillis(100)))
                .isInstanceOf(BorrowTimeoutException.class);
        lease.close();
        Lease again = pool.borrow("python", Duration.ofSeconds(5));
        assertThat(again.containerId()).isEqualTo(lease.containerId());
        again.close();
    }

    @Test
    void aWaitingBorrowerGetsTheContainerAsSoonAsItIsReset() throws Exception {
        started(1, 0);
        Lease lease = pool.borrow("python", Duration.ofSeconds(1));
        CompletableFuture<Lease> waiter = CompletableFuture.supplyAsync(() -> pool.borrow("python", Duration.ofSeconds(10)));
        Thread.sleep(100);
        assertThat(pool.stats("python").waiting()).isEqualTo(1);
        lease.close();
        Lease next = waiter.get(10, TimeUnit.SECONDS);
        assertThat(next.containerId()).isEqualTo(lease.containerId());
        next.close();
    }

    @Test
    void aBorrowerWaitsForAContainerBeingResetRatherThanCreatingAnother() throws Exception {
        started(1, 2);
        Lease lease = pool.borrow("python", Duration.ofSeconds(1));
        engine.execGate = new CountDownLatch(1); // the reset stays under way
        CompletableFuture<Lease> waiter;
        try {
            lease.close();
            waiter = CompletableFuture.supplyAsync(() -> pool.borrow("python", Duration.ofSeconds(10)));
            Thread.sleep(300);
            assertThat(pool.stats("python").waiting()).isEqualTo(1);
            assertThat(pool.stats("python").creating()).isZero();
            assertThat(engine.creates.get()).isEqualTo(1);
        } finally {
            engine.execGate.countDown();
        }
        Lease next = waiter.get(10, TimeUnit.SECONDS);
        assertThat(next.containerId()).isEqualTo(lease.containerId());
        assertThat(engine.creates.get()).isEqualTo(1);
        next.close();
    }

    @Test
    void aSecondBorrowerWhileOneContainerIsResetGetsANewOne() throws Exception {
        started(1, 2);
        Lease lease = pool.borrow("python", Duration.ofSeconds(1));
        engine.execGate = new CountDownLatch(1);
        try {
            lease.close();
            CompletableFuture<Lease> first = CompletableFuture.supplyAsync(() -> pool.borrow("python", Duration.ofSeconds(10)));
            CompletableFuture<Lease> second = CompletableFuture.supplyAsync(() -> pool.borrow("python", Duration.ofSeconds(10)));
            // two waiting, one container on its way back: one creation for the other
            Lease made = CompletableFuture.anyOf(first, second).thenApply(Lease.class::cast).get(10, TimeUnit.SECONDS);
            assertThat(made.containerId()).isNotEqualTo(lease.containerId());
            assertThat(engine.creates.get()).isEqualTo(2);
            engine.execGate.countDown();
            Lease reset = (first.isDone() && first.join() == made ? second : first).get(10, TimeUnit.SECONDS);
            assertThat(reset.containerId()).isEqualTo(lease.containerId());
            made.close();
            reset.close();
        } finally {
            engine.execGate.countDown();
        }
    }

    @Test
    void theTimeoutMessageStatesIdleBusyCreatingResettingAndWaiting() throws Exception {
        started(1, 1);
        Lease held = pool.borrow("python", Duration.ofSeconds(1));
        engine.createGate = new CountDownLatch(1); // the extra container stays in creation
        try {
            assertThatThrownBy(() -> pool.borrow("python", Duration.ofMillis(200)))
                    .isInstanceOf(BorrowTimeoutException.class)
                    .hasMessageStartingWith("No python container became free within ")
                    .hasMessageContaining("idle 0, busy 1, creating 1, resetting 0, waiting 1 (size 1, max 2)")
                    .satisfies(e -> assertThat(((BorrowTimeoutException) e).stats().creating()).isEqualTo(1));
        } finally {
            engine.createGate.countDown();
            held.close();
        }
    }

    @Test
    void aDeadlineAlreadyPastOnThePoolsClockFailsAtOnceWithoutWaiting() throws Exception {
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        pool = new ContainerPool(engine, List.of(python(0)), PoolConfig.defaults().withExtraPerLanguage(0), fixed);
        long start = System.nanoTime();
        assertThatThrownBy(() -> pool.borrow("python", Instant.parse("2025-12-31T23:59:59Z")))
                .isInstanceOf(BorrowTimeoutException.class)
                .hasMessageContaining("within 0 ms")
                .hasMessageContaining("(size 0, max 1)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aFailingCreationIsNamedInTheTimeoutMessageAndRetriedWithBackoffNotInALoop() throws Exception {
        engine.createFailure = new ImageMissingException("img", null);
        pool = new ContainerPool(engine, List.of(python(1)), PoolConfig.defaults()).start();
        assertThatThrownBy(() -> pool.borrow("python", Duration.ofMillis(500)))
                .isInstanceOf(BorrowTimeoutException.class)
                .hasMessageContaining("last creation failure: Image 'img' is not present");
        assertThat(pool.stats("python").createFailures()).isBetween(1L, 3L);
        engine.createFailure = null;
        Lease lease = pool.borrow("python", Duration.ofSeconds(10)); // the next attempt, after the backoff, works
        assertThat(pool.stats("python").lastError()).isNull();
        lease.close();
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // waiting out the 10-minute deadline is the failure this guards against
    void creationsFailingAgainAndAgainEndABorrowWithTheFailureLongBeforeItsDeadline() throws Exception {
        engine.createFailure = new ImageMissingException("img", null);
        pool = new ContainerPool(engine, List.of(python(1)), PoolConfig.defaults()).start();

        assertThatThrownBy(() -> pool.borrow("python", Duration.ofMinutes(10)))
                .isInstanceOf(CreationFailingException.class)
                .hasMessageContaining("Could not make a python container 3 times in a row")
                .hasMessageContaining("Image 'img' is not present");
        assertThatThrownBy(() -> pool.borrow("python", Duration.ofMinutes(10))) // the next borrower is told at once
                .isInstanceOf(CreationFailingException.class);

        engine.createFailure = null; // the engine is back: the next attempt, after the backoff, makes one
        Lease lease = null;
        for (int attempt = 0; lease == null && attempt < 200; attempt++) {
            try {
                lease = pool.borrow("python", Duration.ofMinutes(1));
            } catch (CreationFailingException stillBackingOff) {
                Thread.sleep(100);
            }
        }
        assertThat(lease).isNotNull();
        assertThat(pool.stats("python").lastError()).isNull();
        lease.close();
    }

    @Test
    void aFailedResetDestroysTheContainerAndItsVolumeAndAReplacementIsMade() throws Exception {
        started(1, 0);
        Lease lease = pool.borrow("python", Duration.ofSeconds(1));
        engine.execsFail = true;
        lease.close();
        awaitDestroyed(1);
        engine.execsFail = false;
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(engine.containers).hasSize(1).doesNotContainKey(lease.containerId());
        assertThat(engine.volumes).hasSize(1);
        assertThat(pool.stats("python").created()).isEqualTo(2);
    }

    @Test
    void aSuspectReturnDestroysWithoutAReset() throws Exception {
        started(1, 0);
        Lease lease = pool.borrow("python", Duration.ofSeconds(1));
        int execsBefore = engine.execs.get();
        lease.markSuspect(ReturnCondition.OUTPUT_FLOODED);
        lease.close();
        awaitDestroyed(1);
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(engine.containers).doesNotContainKey(lease.containerId());
        assertThat(engine.execs.get()).as("no reset exec ran").isEqualTo(execsBefore);
    }

    @Test
    void aStoppedIdleContainerIsDroppedOnBorrowAndAnotherLent() throws Exception {
        started(2, 0);
        String stopped = engine.containers.keySet().iterator().next();
        engine.kill(stopped);
        List<Lease> leases = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            leases.add(pool.borrow("python", Duration.ofSeconds(5)));
        }
        assertThat(leases).extracting(Lease::containerId).doesNotContain(stopped).doesNotHaveDuplicates();
        leases.forEach(Lease::close);
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(pool.stats("python").destroyed()).isEqualTo(1);
    }

    @Test
    void containersMadeForARushAreRemovedWhenItIsOver() throws Exception {
        started(1, 2);
        List<Lease> rush = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rush.add(pool.borrow("python", Duration.ofSeconds(5)));
        }
        assertThatThrownBy(() -> pool.borrow("python", Duration.ofMillis(100)))
                .hasMessageContaining("busy 3").hasMessageContaining("max 3");
        rush.forEach(Lease::close);
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(engine.containers).hasSize(1);
        assertThat(pool.stats("python").destroyed()).isEqualTo(2);
    }

    @Test
    void aContainerIsReplacedAfterItsMaximumUses() throws Exception {
        pool = new ContainerPool(engine, List.of(python(1)), PoolConfig.defaults().withExtraPerLanguage(0)
                .withRecycle(new RecyclePolicy(2, Duration.ofDays(1)))).start();
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        String first = borrowAndReturn();
        assertThat(borrowAndReturn()).isEqualTo(first);
        assertThat(borrowAndReturn()).isNotEqualTo(first);
    }

    @Test
    void aContainerThatAgedWhileIdleIsReplacedInsteadOfLent() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        pool = new ContainerPool(engine, List.of(python(1)), PoolConfig.defaults().withExtraPerLanguage(0)
                .withRecycle(new RecyclePolicy(100, Duration.ofMinutes(30))), clock).start();
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        String old = engine.containers.keySet().iterator().next();
        clock.advance(Duration.ofMinutes(31));
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(5))) {
            assertThat(lease.containerId()).isNotEqualTo(old);
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(pool.stats("python").destroyed()).isEqualTo(1);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void returningALeaseTwiceIsHarmlessAndTheSeedApiRefusesForeignIds() throws Exception {
        started(1, 0);
        Lease lease = pool.borrow("python", Duration.ofSeconds(1));
        lease.close();
        lease.close();
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        assertThat(pool.stats("python").idle()).isEqualTo(1);
        assertThatThrownBy(() -> pool.pushBack("python", "not-ours")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.borrow("cobol", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cobol");
    }

    @Test
    void closeWakesWaitingBorrowersRemovesEverythingAndIsSafeToCallTwice() throws Exception {
        started(1, 0);
        Lease held = pool.borrow("python", Duration.ofSeconds(1));
        CompletableFuture<Lease> waiter = CompletableFuture.supplyAsync(() -> pool.borrow("python", Duration.ofSeconds(30)));
        Thread.sleep(100);
        pool.close();
        pool.close();
        assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(PoolClosedException.class);
        assertThat(engine.containers).isEmpty();
        assertThat(engine.volumes).isEmpty();
        held.close();
        assertThat(pool.isClosed()).isTrue();
    }

    private String borrowAndReturn() throws InterruptedException {
        String id;
        try (Lease lease = pool.borrow("python", Duration.ofSeconds(5))) {
            id = lease.containerId();
        }
        assertThat(pool.awaitSettled(SETTLE)).isTrue();
        return id;
    }

    private void awaitDestroyed(long count) throws InterruptedException {
        long until = System.nanoTime() + SETTLE.toNanos();
        while (pool.stats("python").destroyed() < count && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(pool.stats("python").destroyed()).isGreaterThanOrEqualTo(count);
    }
}
