package dev.codedrill.ui.shell;

import dev.codedrill.history.Progress;
import dev.codedrill.history.ProblemStatus;
import dev.codedrill.history.SubmissionSummary;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.Tags;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the progress view derives from the problems and the history, without JavaFX: solved per topic, the
 * submissions per day of the last weeks, and what to practise next.
 */
final class PracticePlan {

    /** A topic's standing: problems solved, attempted (not solved), and in all. */
    record TopicStanding(String topic, long solved, long attempted, long total) {
        /** How much the learner has practised it: problems touched at all. */
        long practised() {
            return solved + attempted;
        }
    }

    private PracticePlan() {
    }

    /** Per topic, in the documented order of topics (problem.Tags), the topics with no problem left out. */
    static List<TopicStanding> topics(List<Problem> problems, Progress progress) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Tags.topics().forEach(t -> counts.put(t, new long[3]));
        for (Problem p : problems) {
            ProblemStatus status = progress.status(p.id());
            for (String topic : Tags.topicsOf(p)) {
                long[] c = counts.get(topic);
                if (c == null) {
                    continue;
                }
                c[2]++;
                if (status == ProblemStatus.SOLVED) {
                    c[0]++;
                } else if (status == ProblemStatus.ATTEMPTED) {
                    c[1]++;
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[2] > 0)
                .map(e -> new TopicStanding(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** Submissions (runs included) per day in {@code zone}, from {@code from} to {@code to}, both included. */
    static Map<LocalDate, Integer> activity(List<SubmissionSummary> submissions, ZoneId zone, LocalDate from,
                                            LocalDate to) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, 0);
        }
        for (SubmissionSummary s : submissions) {
            LocalDate day = s.queuedAt().atZone(zone).toLocalDate();
            days.computeIfPresent(day, (d, n) -> n + 1);
        }
        return days;
    }

    /**
     * Up to {@code count} problems to do next: not yet solved, from the topics practised least (fewest problems
     * touched, then the lowest share solved), easiest first; one per topic before a second from any.
     */
    static List<Problem> nextUp(List<Problem> problems, Progress progress, int count) {
        List<TopicStanding> standings = topics(problems, progress).stream()
                .filter(t -> t.solved() < t.total())
                .sorted(Comparator.comparingLong(TopicStanding::practised)
                        .thenComparingDouble(t -> (double) t.solved() / t.total())
                        .thenComparing(TopicStanding::topic))
                .toList();
        Comparator<Problem> easiestFirst = Comparator.comparing(Problem::difficulty).thenComparing(Problem::title);
        Map<String, List<Problem>> open = new LinkedHashMap<>();
        for (TopicStanding t : standings) {
            open.put(t.topic(), problems.stream()
                    .filter(p -> progress.status(p.id()) != ProblemStatus.SOLVED && Tags.topicsOf(p).contains(t.topic()))
                    .sorted(easiestFirst).toList());
        }
        List<Problem> picked = new java.util.ArrayList<>();
        boolean added = true;
        while (picked.size() < count && added) {
            added = false;
            for (List<Problem> candidates : open.values()) {
                for (Problem p : candidates) {
                    if (picked.size() < count && !picked.contains(p)) {
                        picked.add(p);
                        added = true;
                        break;
                    }
                }
            }
        }
        return picked;
    }
}
