package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.TestCase;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The queue's own rules, with a stand-in judge: this is about waiting, stages and cancelling, not Docker. */
class SubmissionQueueTest {

    private static final Problem PROBLEM = new Problem("p", "P", Difficulty.EASY, List.of(), ProblemKind.STDIO, null,
            ComparatorSpec.TOKENS, 1000, 256, "", List.of(new TestCase(0, "t", new TextNode(""), new TextNode(""), true)),
            Path.of("."));
    private static final JudgeResult ACCEPTED = JudgeResult.of(List.of());

    private static Submission submission() {
        return Submission.of(PROBLEM, "python", "print()", RunMode.SUBMIT);
    }

    /** Blocks each judging until released, counting how many run at once. */
    private static final class GatedJudge implements JudgeService {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger started = new AtomicInteger();

        @Override
        public JudgeResult judge(Submission s, java.util.function.Consumer<JudgeStage> stages) throws InterruptedException {
            started.incrementAndGet();
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                stages.accept(JudgeStage.COMPILING);
                stages.accept(JudgeStage.RUNNING);
                release.await();
                return ACCEPTED;
            } finally {
                now.decrementAndGet();
            }
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(until);
            Thread.sleep(5);
        }
    }

    @Test
    void aSubmissionWaitsWhenEveryWorkerIsBusy() throws Exception {
        GatedJudge judge = new GatedJudge();
        try (SubmissionQueue queue = new SubmissionQueue(judge, 2)) {
            List<Ticket> tickets = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tickets.add(queue.submit(submission(), SubmissionQueue.Listener.NONE));
            }
            await(() -> judge.started.get() == 2);
            assertThat(queue.running()).isEqualTo(2);
            assertThat(queue.waiting()).isEqualTo(2);
            assertThat(tickets.subList(2, 4)).allMatch(t -> t.stage() == JudgeStage.QUEUED);

            judge.release.countDown();
            for (Ticket t : tickets) {
                assertThat(t.result().get(10, TimeUnit.SECONDS)).isSameAs(ACCEPTED);
                assertThat(t.stage()).isEqualTo(JudgeStage.JUDGED);
            }
            assertThat(judge.most.get()).isEqualTo(2);
        }
    }

    @Test
    void theStagesAreObservableInOrder() throws Exception {
        GatedJudge judge = new GatedJudge();
        judge.release.countDown();
        List<JudgeStage> seen = new CopyOnWriteArrayList<>();
        try (SubmissionQueue queue = new SubmissionQueue(judge, 1)) {
            Ticket ticket = queue.submit(submission(), (t, stage) -> seen.add(stage));
            ticket.result().get(10, TimeUnit.SECONDS);
        }
        assertThat(seen).containsExactly(JudgeStage.QUEUED, JudgeStage.COMPILING, JudgeStage.RUNNING, JudgeStage.JUDGED);
    }

    @Test
    void aQueuedSubmissionCanBeCancelledAndNeverRuns() throws Exception {
        GatedJudge judge = new GatedJudge();
        try (SubmissionQueue queue = new SubmissionQueue(judge, 1)) {
            Ticket first = queue.submit(submission(), SubmissionQueue.Listener.NONE);
            Ticket second = queue.submit(submission(), SubmissionQueue.Listener.NONE);
            await(() -> judge.started.get() == 1);
            assertThat(second.cancel()).isTrue();
            judge.release.countDown();
            first.result().get(10, TimeUnit.SECONDS);
            await(() -> queue.waiting() == 0);
            assertThat(second.stage()).isEqualTo(JudgeStage.CANCELLED);
            assertThat(second.result()).isCancelled();
            assertThat(judge.started.get()).isEqualTo(1);
            assertThat(second.cancel()).as("cancelling twice").isFalse();
        }
    }

    @Test
    void aRunningSubmissionIsInterruptedWhenCancelled() throws Exception {
        GatedJudge judge = new GatedJudge();
        try (SubmissionQueue queue = new SubmissionQueue(judge, 1)) {
            Ticket ticket = queue.submit(submission(), SubmissionQueue.Listener.NONE);
            await(() -> ticket.stage() == JudgeStage.RUNNING);
            assertThat(ticket.cancel()).isTrue();
            await(() -> queue.running() == 0);
            assertThat(ticket.stage()).isEqualTo(JudgeStage.CANCELLED);
            // the worker is free again and the interrupt did not leak into the next run
            Ticket next = queue.submit(submission(), SubmissionQueue.Listener.NONE);
            await(() -> next.stage() == JudgeStage.RUNNING);
            judge.release.countDown();
            assertThat(next.result().get(10, TimeUnit.SECONDS)).isSameAs(ACCEPTED);
        }
    }

    @Test
    void underAHammerOfSubmitsAndCancelsEveryTicketEndsExactlyOnceAndWorkersAreNeverExceeded() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        JudgeService judge = (s, stages) -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                stages.accept(JudgeStage.RUNNING);
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                return ACCEPTED;
            } finally {
                now.decrementAndGet();
            }
        };
        Map<Long, List<JudgeStage>> terminal = new ConcurrentHashMap<>();
        List<Ticket> tickets = Collections.synchronizedList(new ArrayList<>());
        try (SubmissionQueue queue = new SubmissionQueue(judge, 3)) {
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int c = 0; c < 8; c++) {
                clients.execute(() -> {
                    for (int i = 0; i < 50; i++) {
                        Ticket t = queue.submit(submission(), (ticket, stage) -> {
                            if (stage == JudgeStage.JUDGED || stage == JudgeStage.CANCELLED) {
                                terminal.computeIfAbsent(ticket.id(), k -> new CopyOnWriteArrayList<>()).add(stage);
                            }
                        });
                        tickets.add(t);
                        if (ThreadLocalRandom.current().nextInt(4) == 0) {
                            t.cancel();
                        }
                    }
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            await(() -> tickets.stream().allMatch(t -> t.stage() == JudgeStage.JUDGED || t.stage() == JudgeStage.CANCELLED));
        }
        assertThat(tickets).hasSize(400);
        assertThat(terminal).hasSize(400);
        assertThat(terminal.values()).allMatch(stages -> stages.size() == 1);
        assertThat(most.get()).isLessThanOrEqualTo(3);
        assertThat(tickets).allMatch(t -> t.stage() == JudgeStage.CANCELLED ? t.result().isCancelled()
                : t.result().isDone() && !t.result().isCompletedExceptionally());
    }
}
