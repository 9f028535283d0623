package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancelling a submission interrupts its judge worker, and a GUI task can be cancelled the same way, perhaps while
 * it writes to the history. An interrupt closes a plain {@code FileChannel} under H2 (seen in CI as "Writing to
 * FileChannel failed", then a store that said it was corrupted); the history must take it in its stride.
 */
class InterruptedWriterTest {

    @TempDir
    Path dataDir;

    @Test
    void aWriterInterruptedAgainAndAgainMidWriteLosesNoWriteAndLeavesTheHistoryWhole() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        List<String> refused = new CopyOnWriteArrayList<>();
        Random random = new Random(7);
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        SubmissionLog log = store.submissions();
                        long id = log.recordQueued(new NewSubmission("two-sum", "python", SubmissionKind.SUBMIT, "x"));
                        log.markRunning(id);
                        log.recordJudged(id, new Judgement(SubmissionVerdict.ACCEPTED, 1, 1, 5, "[]"));
                        written.incrementAndGet();
                    } catch (HistoryException e) {
                        refused.add(e.getMessage());
                    }
                    Thread.interrupted(); // as a judge worker does between two submissions
                }
            }, "interrupted-writer");
            writer.start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < until) {
                writer.interrupt();
                LockSupport.parkNanos(1_000_000 + random.nextInt(10_000_000));
            }
            stop.set(true);
            writer.join(30_000);

            assertThat(refused).isEmpty();
            assertThat(written.get()).isPositive();
            assertThat(store.submissions().all()).hasSize(written.get())
                    .allSatisfy(s -> assertThat(s.verdict()).isEqualTo(SubmissionVerdict.ACCEPTED));
        }
        try (HistoryStore reopened = HistoryStore.open(dataDir)) {
            assertThat(reopened.recovery()).isEmpty();
            assertThat(reopened.submissions().all()).hasSize(written.get());
        }
    }
}
