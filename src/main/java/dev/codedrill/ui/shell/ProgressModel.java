package dev.codedrill.ui.shell;

import dev.codedrill.app.PlainWords;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.PracticeStreak;
import dev.codedrill.history.Progress;
import dev.codedrill.history.SubmissionSummary;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.ui.Background;
import dev.codedrill.ui.browser.SolvedCounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the progress view shows: solved per difficulty, the practice streak and the number of submissions, read from
 * the history on the {@link Background} thread. Until they are in, the phase is {@link Phase#LOADING} and the
 * message says so; when they cannot be read, {@link Phase#FAILED} and the message says why in words. FX thread only.
 */
final class ProgressModel {

    /** The learner's standing: the counts are of the problems loaded now, as the problem list counts them. */
    record Figures(SolvedCounts counts, PracticeStreak streak, int submissions,
                   List<PracticePlan.TopicStanding> topics, Map<LocalDate, Integer> activity, List<Problem> nextUp) {

        /** Figures without the topics, the calendar and the suggestions. */
        Figures(SolvedCounts counts, PracticeStreak streak, int submissions) {
            this(counts, streak, submissions, List.of(), Map.of(), List.of());
        }
    }

    /** The calendar's length: the last 16 weeks, today's included. */
    static final int WEEKS = 16;

    enum Phase { LOADING, READY, FAILED }

    static final String LOADING_MESSAGE = "Reading your progress…";

    private final Callable<Figures> read;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.LOADING);
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(LOADING_MESSAGE);
    private long asked;

    /** @param read reads the figures; called on the background thread */
    ProgressModel(Callable<Figures> read) {
        this.read = read;
    }

    /** The figures of {@code problems} by {@code history}, the streak counted in {@code clock}'s days. */
    static ProgressModel of(HistoryStore history, ProblemLibrary problems, Clock clock) {
        return new ProgressModel(() -> {
            Progress progress = history.progress();
            List<SubmissionSummary> all = history.submissions().all();
            LocalDate today = LocalDate.now(clock);
            // whole weeks, Monday first, ending with this one
            LocalDate from = today.with(java.time.DayOfWeek.MONDAY).minusWeeks(WEEKS - 1);
            return new Figures(SolvedCounts.of(problems.problems(), progress), history.streak(clock), all.size(),
                    PracticePlan.topics(problems.problems(), progress),
                    PracticePlan.activity(all, clock.getZone(), from, today),
                    PracticePlan.nextUp(problems.problems(), progress, 5));
        });
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The figures once read; null before. */
    ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** "Reading your progress…" while loading, why it failed when it did; empty when the figures are in. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the figures off the FX thread; the properties change on the FX thread when they are in. */
    void load() {
        long mine = ++asked;
        phase.set(Phase.LOADING);
        message.set(LOADING_MESSAGE);
        Background.run(read, ready -> {
            if (mine == asked) {
                figures.set(ready);
                message.set("");
                phase.set(Phase.READY);
            }
        }, error -> {
            String words = PlainWords.report(error, "reading your progress");
            if (mine == asked) {
                message.set(words);
                phase.set(Phase.FAILED);
            }
        });
    }
}
