package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes in a real H2 file: kept across a restart, replaced, forgotten when blank, all read at once for search. */
class NotesTest {

    @TempDir
    Path temp;

    @Test
    void aNoteIsKeptAcrossARestartAndReplacedByTheNextSave() {
        try (HistoryStore store = HistoryStore.open(temp)) {
            store.notes().save("two-sum", "# Idea\nA map from value to index: one pass.");
            store.notes().save("two-sum", "# Idea\nA map from value to index: one pass, look before you add.");
        }
        try (HistoryStore store = HistoryStore.open(temp)) {
            assertThat(store.notes().load("two-sum")).contains(
                    "# Idea\nA map from value to index: one pass, look before you add.");
            assertThat(store.notes().load("a-plus-b")).isEmpty();
        }
    }

    @Test
    void blankTextForgetsTheNote() {
        try (HistoryStore store = HistoryStore.open(temp)) {
            store.notes().save("two-sum", "hash map");
            store.notes().save("two-sum", "  \n");

            assertThat(store.notes().load("two-sum")).isEmpty();
            assertThat(store.notes().all()).isEmpty();
        }
    }

    @Test
    void everyNoteIsReadAtOnceForTheProblemListsSearch() {
        try (HistoryStore store = HistoryStore.open(temp)) {
            store.notes().save("two-sum", "hash map");
            store.notes().save("binary-search", "mid = lo + (hi - lo) / 2, no overflow");

            assertThat(store.notes().all()).isEqualTo(Map.of("two-sum", "hash map",
                    "binary-search", "mid = lo + (hi - lo) / 2, no overflow"));
        }
    }

    @Test
    void aNoteTooLongIsRefusedAndTheOldOneKept() {
        try (HistoryStore store = HistoryStore.open(temp)) {
            store.notes().save("two-sum", "hash map");

            assertThatThrownBy(() -> store.notes().save("two-sum", "x".repeat(Notes.MAX_CHARS + 1)))
                    .hasMessageContaining("at most " + Notes.MAX_CHARS);
            assertThat(store.notes().load("two-sum")).contains("hash map");
        }
    }
}
