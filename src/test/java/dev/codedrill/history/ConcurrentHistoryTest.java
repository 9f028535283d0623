package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentHistoryTest {

    private static final int WORKERS = 8;
    private static final int SUBMISSIONS_EACH = 40;

    @TempDir
    Path dataDir;

    @Test
    void judgeWorkersAndAReaderHammeringTheStoreAtOnceLoseNothing() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WORKERS + 1);
        CountDownLatch start = new CountDownLatch(1);
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                String problem = "problem-" + w;
                work.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < SUBMISSIONS_EACH; i++) {
                        SubmissionLog log = store.submissions();
                        long id = log.recordQueued(new NewSubmission(problem, "python",
                                i % 2 == 0 ? SubmissionKind.SUBMIT : SubmissionKind.RUN, "code " + i));
                        assertThat(log.markRunning(id)).isTrue();
                        SubmissionVerdict verdict = i == SUBMISSIONS_EACH - 2 ? SubmissionVerdict.ACCEPTED
                                : SubmissionVerdict.WRONG_ANSWER;
                        assertThat(log.recordJudged(id, new Judgement(verdict, 1, 2, i, "[]"))).isTrue();
                        store.drafts().save(problem, "python", "draft " + i);
                    }
                    return null;
                }));
            }
            Future<Integer> reader = threads.submit(() -> {
                start.await();
                int reads = 0;
                while (!work.stream().allMatch(Future::isDone)) {
                    store.submissions().all().forEach(s -> assertThat(s.problemId()).startsWith("problem-"));
                    store.progress();
                    reads++;
                }
                return reads;
            });
            start.countDown();
            for (Future<?> f : work) {
                f.get(120, TimeUnit.SECONDS);
            }
            assertThat(reader.get(120, TimeUnit.SECONDS)).isPositive();

            List<SubmissionSummary> all = store.submissions().all();
            assertThat(all).hasSize(WORKERS * SUBMISSIONS_EACH);
            assertThat(all).extracting(SubmissionSummary::id).doesNotHaveDuplicates();
            assertThat(all).noneMatch(s -> s.verdict().pending());
            assertThat(store.progress().solvedCount()).isEqualTo(WORKERS);
            for (int w = 0; w < WORKERS; w++) {
                assertThat(store.drafts().load("problem-" + w, "python")).hasValueSatisfying(
                        d -> assertThat(d.code()).isEqualTo("draft " + (SUBMISSIONS_EACH - 1)));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
