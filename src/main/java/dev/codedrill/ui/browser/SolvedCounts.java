package dev.codedrill.ui.browser;

import dev.codedrill.history.ProblemStatus;
import dev.codedrill.history.Progress;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many of the problems loaded now are solved (and attempted), in all and per difficulty: what the problem list,
 * the status bar and the progress view count, so they always say the same. The history also remembers problems
 * whose pack is no longer loaded; those are not counted anywhere.
 *
 * @param solvedBy every difficulty, with 0 when none of it is solved
 * @param totalBy  every difficulty, with 0 when none of it is loaded
 */
public record SolvedCounts(long solved, long attempted, long total, Map<Difficulty, Long> solvedBy,
                           Map<Difficulty, Long> totalBy) {

    public SolvedCounts {
        solvedBy = Map.copyOf(solvedBy);
        totalBy = Map.copyOf(totalBy);
    }

    /** The counts of {@code loaded} by the history's {@code progress}. */
    public static SolvedCounts of(List<Problem> loaded, Progress progress) {
        Map<Difficulty, Long> solvedBy = new EnumMap<>(Difficulty.class);
        Map<Difficulty, Long> totalBy = new EnumMap<>(Difficulty.class);
        for (Difficulty d : Difficulty.values()) {
            solvedBy.put(d, 0L);
            totalBy.put(d, 0L);
        }
        long solved = 0;
        long attempted = 0;
        for (Problem p : loaded) {
            ProblemStatus status = progress.status(p.id());
            totalBy.merge(p.difficulty(), 1L, Long::sum);
            if (status == ProblemStatus.SOLVED) {
                solved++;
                solvedBy.merge(p.difficulty(), 1L, Long::sum);
            }
            if (status != ProblemStatus.NEW) {
                attempted++;
            }
        }
        return new SolvedCounts(solved, attempted, loaded.size(), solvedBy, totalBy);
    }

    public long solved(Difficulty d) {
        return solvedBy.get(d);
    }

    public long total(Difficulty d) {
        return totalBy.get(d);
    }
}
