package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

    enum Difficulty { EASY, MEDIUM, HARD }

    private final Progress progress = new Progress(Map.of(
            "two-sum", ProblemStatus.SOLVED,
            "fizz-buzz", ProblemStatus.SOLVED,
            "lru-cache", ProblemStatus.ATTEMPTED,
            "removed-problem", ProblemStatus.SOLVED));

    @Test
    void aProblemWithoutSubmissionsIsNew() {
        assertThat(progress.status("two-sum")).isEqualTo(ProblemStatus.SOLVED);
        assertThat(progress.status("lru-cache")).isEqualTo(ProblemStatus.ATTEMPTED);
        assertThat(progress.status("word-ladder")).isEqualTo(ProblemStatus.NEW);
        assertThat(progress.solvedCount()).isEqualTo(3);
    }

    @Test
    void solvedCountsPerDifficultyCoverEveryDifficultyGivenAndOnlyTheProblemsGiven() {
        Map<String, Difficulty> difficulties = new LinkedHashMap<>();
        difficulties.put("two-sum", Difficulty.EASY);
        difficulties.put("fizz-buzz", Difficulty.EASY);
        difficulties.put("lru-cache", Difficulty.MEDIUM);
        difficulties.put("word-ladder", Difficulty.HARD);

        assertThat(progress.solvedByDifficulty(difficulties))
                .containsExactly(Map.entry(Difficulty.EASY, 2L), Map.entry(Difficulty.MEDIUM, 0L),
                        Map.entry(Difficulty.HARD, 0L));
    }

    @Test
    void newIsImpliedNotListed() {
        assertThatThrownBy(() -> new Progress(Map.of("x", ProblemStatus.NEW)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
