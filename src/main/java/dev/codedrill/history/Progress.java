package dev.codedrill.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the user stands on every problem that has any submission; the others are {@link ProblemStatus#NEW}.
 * History does not know problems, so difficulties come from the caller.
 */
public record Progress(Map<String, ProblemStatus> statuses) {

    public Progress {
        statuses = Map.copyOf(Objects.requireNonNull(statuses, "statuses"));
        if (statuses.containsValue(ProblemStatus.NEW)) {
            throw new IllegalArgumentException("only problems with submissions are listed; NEW is implied");
        }
    }

    public ProblemStatus status(String problemId) {
        return statuses.getOrDefault(problemId, ProblemStatus.NEW);
    }

    public long solvedCount() {
        return statuses.values().stream().filter(s -> s == ProblemStatus.SOLVED).count();
    }

    /**
     * Solved problems per difficulty, counting only the problems in {@code difficultyByProblem} (a solved problem
     * whose pack was removed is not counted). Every difficulty in the map is a key, with 0 when none is solved,
     * in the order the map first yields it.
     */
    public <D> Map<D, Long> solvedByDifficulty(Map<String, D> difficultyByProblem) {
        Map<D, Long> counts = new LinkedHashMap<>();
        difficultyByProblem.forEach((problemId, difficulty) -> {
            Objects.requireNonNull(difficulty, () -> "difficulty of " + problemId);
            long solved = status(problemId) == ProblemStatus.SOLVED ? 1 : 0;
            counts.merge(difficulty, solved, Long::sum);
        });
        return counts;
    }
}
