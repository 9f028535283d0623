package dev.codedrill.ui.history;

import static dev.codedrill.testing.Fx.fx;
import static dev.codedrill.testing.PlainText.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.history.CodeDiff;
import dev.codedrill.history.CodeDiffer;
import dev.codedrill.history.HistoryException;
import dev.codedrill.history.SubmissionKind;
import dev.codedrill.history.SubmissionRecord;
import dev.codedrill.history.SubmissionSummary;
import dev.codedrill.history.SubmissionVerdict;
import dev.codedrill.ui.Background;
import dev.codedrill.ui.history.HistoryModel.Comparison;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The history panel's model with the real JavaFX thread and the real background thread, over a stand-in history
 * that notes on which thread each read is done: never the FX thread, and the answers come back on it.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryModelTest {

    private static final Instant T0 = Instant.parse("2025-01-10T10:00:00Z");
    private static final SubmissionSummary OLDER = row(1, T0);
    private static final SubmissionSummary NEWER = row(2, T0.plusSeconds(60));

    private final StandInHistory history = new StandInHistory();
    private final HistoryModel model = new HistoryModel(history);

    @AfterEach
    void openTheGates() {
        history.gate.countDown();
    }

    @Test
    void everyReadIsDoneOffTheFxThreadAndAnsweredOnIt() throws Exception {
        history.gate.countDown();
        fx(() -> {
            model.show("two-sum");
            model.reload();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> model.rows().size() == 2));

        CompletableFuture<SubmissionRecord> opened = new CompletableFuture<>();
        AtomicReference<Boolean> openedOnFx = new AtomicReference<>();
        fx(() -> model.open(OLDER, record -> {
            openedOnFx.set(Platform.isFxApplicationThread());
            opened.complete(record);
        }));
        assertThat(opened.get(10, TimeUnit.SECONDS).code()).isEqualTo("print(1)\n");
        assertThat(openedOnFx.get()).isTrue();

        CompletableFuture<Comparison> compared = new CompletableFuture<>();
        AtomicReference<Boolean> comparedOnFx = new AtomicReference<>();
        fx(() -> model.compare(List.of(NEWER, OLDER), comparison -> {
            comparedOnFx.set(Platform.isFxApplicationThread());
            compared.complete(comparison);
        }));
        Comparison comparison = compared.get(10, TimeUnit.SECONDS);
        assertThat(comparison.older().id()).isEqualTo(1);
        assertThat(comparison.newer().id()).isEqualTo(2);
        assertThat(comparison.diff().addedLines()).isEqualTo(1);
        assertThat(comparedOnFx.get()).isTrue();

        assertThat(history.reads).containsExactly("ofProblem two-sum", "find 1", "compare 1 2");
        assertThat(history.onFxThread).hasSize(3).containsOnly(false);
        assertThat(history.threads).containsOnly("ui-background");
        assertThat(fx(() -> model.busyProperty().get())).isFalse();
        assertThat(fx(() -> model.statusProperty().get())).isEmpty();
    }

    @Test
    void whileASubmissionIsReadTheFxThreadIsFreeAndThePanelSaysWhatItReads() throws Exception {
        CompletableFuture<SubmissionRecord> opened = new CompletableFuture<>();
        fx(() -> {
            model.show("two-sum");
            model.open(NEWER, opened::complete);
        });
        // the stand-in holds the read; the FX thread still answers, and says what is being read
        assertThat(history.waiting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fx(() -> model.statusProperty().get())).isEqualTo("Opening #2…");
        assertThat(fx(() -> model.busyProperty().get())).isTrue();
        assertThat(opened).isNotDone();

        history.gate.countDown();
        assertThat(opened.get(10, TimeUnit.SECONDS).id()).isEqualTo(2);
        assertThat(fx(() -> model.statusProperty().get())).isEmpty();
        assertThat(fx(() -> model.busyProperty().get())).isFalse();
    }

    @Test
    void aSubmissionThatCannotBeReadSaysSoInPlainWords() throws Exception {
        history.gate.countDown();
        history.failure = new HistoryException("Cannot read submission 2: org.h2.jdbc.JdbcSQLNonTransientException: "
                + "General error: \"java.lang.IllegalStateException: Reading from nio:history.mv.db failed\"",
                new SQLException("General error"));
        List<SubmissionRecord> opened = new CopyOnWriteArrayList<>();
        fx(() -> {
            model.show("two-sum");
            model.open(NEWER, opened::add);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !model.busyProperty().get()));

        String status = fx(() -> model.statusProperty().get());
        assertPlain(status);
        assertThat(status).startsWith("Cannot read submission 2.").contains("try again").doesNotContain("h2.jdbc");
        assertThat(opened).isEmpty();
    }

    @Test
    void aSubmissionNoLongerInTheHistorySaysSo() throws Exception {
        history.gate.countDown();
        List<SubmissionRecord> opened = new CopyOnWriteArrayList<>();
        fx(() -> {
            model.show("two-sum");
            model.open(row(9, T0), opened::add);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !model.busyProperty().get()));

        assertThat(fx(() -> model.statusProperty().get())).isEqualTo("Submission #9 is no longer in the history.");
        assertThat(opened).isEmpty();
    }

    @Test
    void aSubmissionReadForAProblemNoLongerShownIsNotOpened() throws Exception {
        List<SubmissionRecord> opened = new CopyOnWriteArrayList<>();
        fx(() -> {
            model.show("two-sum");
            model.open(OLDER, opened::add);
        });
        assertThat(history.waiting.await(10, TimeUnit.SECONDS)).isTrue();
        fx(() -> model.show("climbing-stairs"));
        history.gate.countDown();
        drainBackground();

        assertThat(opened).isEmpty();
        assertThat(fx(() -> model.busyProperty().get())).isFalse();
        assertThat(fx(() -> model.statusProperty().get())).isEmpty();
    }

    @Test
    void withoutAHistoryThePanelSaysSoAndReadsNothing() throws Exception {
        HistoryModel none = new HistoryModel(null);
        fx(() -> {
            none.show("two-sum");
            none.reload();
            none.open(OLDER, r -> { });
        });
        assertThat(fx(() -> none.placeholderProperty().get())).isEqualTo(HistoryModel.NO_HISTORY);
        assertThat(fx(() -> none.busyProperty().get())).isFalse();
    }

    private static SubmissionSummary row(long id, Instant queuedAt) {
        return new SubmissionSummary(id, "two-sum", "python", SubmissionKind.SUBMIT, SubmissionVerdict.ACCEPTED, 3, 3,
                12L, queuedAt, queuedAt.plusSeconds(2));
    }

    /** Waits until what was asked of the background thread so far, and its answer on the FX thread, are done. */
    private static void drainBackground() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Background.run(() -> null, nothing -> done.complete(null), done::completeExceptionally);
        done.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Two submissions of two-sum. Each read notes its thread; reading a submission waits at {@link #gate}, so a test
     * can look at the window while a read is under way.
     */
    private static final class StandInHistory implements HistoryModel.Reader {

        final List<String> reads = new CopyOnWriteArrayList<>();
        final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final CountDownLatch waiting = new CountDownLatch(1);
        final CountDownLatch gate = new CountDownLatch(1);
        volatile RuntimeException failure;
        private final Map<Long, SubmissionRecord> records = Map.of(
                1L, new SubmissionRecord(OLDER, "print(1)\n", null),
                2L, new SubmissionRecord(NEWER, "print(1)\nprint(2)\n", null));

        @Override
        public List<SubmissionSummary> ofProblem(String problemId) {
            noteRead("ofProblem " + problemId);
            return List.of(NEWER, OLDER);
        }

        @Override
        public Optional<SubmissionRecord> find(long id) {
            noteRead("find " + id);
            waiting.countDown();
            try {
                if (!gate.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (failure != null) {
                throw failure;
            }
            return Optional.ofNullable(records.get(id));
        }

        @Override
        public CodeDiff compare(long olderId, long newerId) {
            noteRead("compare " + olderId + " " + newerId);
            return new CodeDiffer(3).diff("#" + olderId, records.get(olderId).code(), "#" + newerId,
                    records.get(newerId).code());
        }

        private void noteRead(String read) {
            reads.add(read);
            onFxThread.add(Platform.isFxApplicationThread());
            threads.add(Thread.currentThread().getName());
        }
    }
}
