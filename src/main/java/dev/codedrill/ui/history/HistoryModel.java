package dev.codedrill.ui.history;

import dev.codedrill.app.PlainWords;
import dev.codedrill.history.CodeDiff;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.SubmissionRecord;
import dev.codedrill.history.SubmissionSummary;
import dev.codedrill.ui.Background;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the history panel shows: a problem's past submissions, and one of them read whole to open in the editor or
 * two compared. Every read of the history is done on the {@link Background} thread; meanwhile {@link #busy} is true
 * and {@link #status} says what is being read, and a read that fails leaves its reason in words there. An answer
 * for a problem that is no longer shown, or overtaken by a later request, is dropped. FX thread only.
 */
public final class HistoryModel {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryModel.class);

    /** What the panel reads from the history; called on the background thread, never on the FX thread. */
    public interface Reader {

        List<SubmissionSummary> ofProblem(String problemId);

        Optional<SubmissionRecord> find(long id);

        CodeDiff compare(long olderId, long newerId);

        /** The app's reader: the H2 history. */
        static Reader of(HistoryStore store) {
            return new Reader() {
                @Override
                public List<SubmissionSummary> ofProblem(String problemId) {
                    return store.submissions().ofProblem(problemId);
                }

                @Override
                public Optional<SubmissionRecord> find(long id) {
                    return store.submissions().find(id);
                }

                @Override
                public CodeDiff compare(long olderId, long newerId) {
                    return store.submissions().compare(olderId, newerId);
                }
            };
        }
    }

    /** Two submissions of the problem with the difference of their code, the older first. */
    public record Comparison(SubmissionSummary older, SubmissionSummary newer, CodeDiff diff) {
    }

    static final String NO_HISTORY = "The history is not available (see the status bar).";
    static final String NONE_YET = "No submissions yet: Run (Ctrl+Enter) or Submit (Ctrl+Shift+Enter).";
    static final String READING = "Reading the submissions…";

    private final Reader reader;
    private final ObservableList<SubmissionSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<SubmissionSummary> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private String problemId;
    /** Counts what was asked of the history; an answer is used only when nothing was asked after it. */
    private long asked;

    /** @param reader the history, or null when there is none in this session */
    public HistoryModel(Reader reader) {
        this.reader = reader;
        if (reader == null) {
            placeholder.set(NO_HISTORY);
        }
    }

    public static HistoryModel of(HistoryStore store) {
        return new HistoryModel(store == null ? null : Reader.of(store));
    }

    /** The problem's submissions, newest first, as last read. */
    public ObservableList<SubmissionSummary> rows() {
        return rowsView;
    }

    /** What the empty list says: reading, none yet, or why they could not be read. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** What is being read for the learner ("Opening #3…"), or why it could not be; empty otherwise. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a submission is being read to open or compare. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean available() {
        return reader != null;
    }

    /** Shows the submissions of {@code id}: the list is emptied until {@link #reload()} reads them. */
    public void show(String id) {
        problemId = id;
        asked++;
        rows.clear();
        status.set("");
        busy.set(false);
    }

    /** Reads the problem's submissions off the FX thread, then lists them (unless another problem came since). */
    public void reload() {
        if (reader == null || problemId == null) {
            rows.clear();
            return;
        }
        String id = problemId;
        if (rows.isEmpty()) {
            placeholder.set(READING);
        }
        Background.run(() -> reader.ofProblem(id), found -> {
            if (id.equals(problemId)) {
                rows.setAll(found);
                placeholder.set(NONE_YET);
            }
        }, error -> {
            LOG.warn("could not read the submissions of {}", id, error);
            if (id.equals(problemId)) {
                placeholder.set("The submissions could not be read from the history. Open the problem again to "
                        + "retry.");
            }
        });
    }

    /** Reads {@code row}'s whole submission (its code) off the FX thread, then gives it to {@code open} on it. */
    public void open(SubmissionSummary row, Consumer<SubmissionRecord> open) {
        if (reader == null) {
            return;
        }
        String doing = "opening submission #" + row.id();
        ask("Opening #" + row.id() + "…", () -> reader.find(row.id()), found -> {
            if (found.isPresent()) {
                open.accept(found.get());
            } else {
                status.set("Submission #" + row.id() + " is no longer in the history.");
            }
        }, doing);
    }

    /** Compares the code of two rows off the FX thread (the older first), then gives the result to {@code show}. */
    public void compare(List<SubmissionSummary> two, Consumer<Comparison> show) {
        if (reader == null || two.size() != 2) {
            return;
        }
        List<SubmissionSummary> sorted = two.stream()
                .sorted(Comparator.comparing(SubmissionSummary::queuedAt).thenComparing(SubmissionSummary::id))
                .toList();
        SubmissionSummary older = sorted.get(0);
        SubmissionSummary newer = sorted.get(1);
        ask("Comparing #" + older.id() + " with #" + newer.id() + "…", () -> reader.compare(older.id(), newer.id()),
                diff -> show.accept(new Comparison(older, newer, diff)),
                "comparing submissions #" + older.id() + " and #" + newer.id());
    }

    private <T> void ask(String reading, Callable<T> read, Consumer<T> done, String doing) {
        long mine = ++asked;
        busy.set(true);
        status.set(reading);
        Background.run(read, answer -> {
            if (mine == asked) {
                busy.set(false);
                status.set("");
                done.accept(answer);
            }
        }, error -> {
            String words = PlainWords.report(error, doing);
            if (mine == asked) {
                busy.set(false);
                status.set(words);
            }
        });
    }
}
