package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time to the first Accepted, in a real H2 file: kept once per problem, across a restart. */
class SolveTimesTest {

    @TempDir
    Path temp;

    @Test
    void theFirstTimeIsKeptAndLaterOnesDoNotReplaceIt() {
        try (HistoryStore store = HistoryStore.open(temp)) {
            assertThat(store.solveTimes().recordFirst("two-sum", 754_000, 3L)).isTrue();
            assertThat(store.solveTimes().recordFirst("two-sum", 120_000, 9L)).isFalse();
            assertThat(store.solveTimes().recordFirst("a-plus-b", 5_000, null)).isTrue();
        }
        try (HistoryStore store = HistoryStore.open(temp)) {
            assertThat(store.solveTimes().find("two-sum")).hasValueSatisfying(t -> {
                assertThat(t.timerMs()).isEqualTo(754_000);
                assertThat(t.submissionId()).isEqualTo(3L);
            });
            assertThat(store.solveTimes().find("a-plus-b").orElseThrow().submissionId()).isNull();
            assertThat(store.solveTimes().find("binary-search")).isEmpty();
        }
    }
}
