package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.history.DiffLine.Change;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeDifferTest {

    private final CodeDiffer differ = new CodeDiffer(1);

    @Test
    void identicalCodeHasNoHunksAndNoText() {
        CodeDiff diff = differ.diff("a", "x\ny\n", "b", "x\ny");
        assertThat(diff.identical()).isTrue();
        assertThat(diff.unified()).isEmpty();
    }

    @Test
    void aChangedLineIsOneHunkWithItsContextInUnifiedFormAndStructured() {
        CodeDiff diff = differ.diff("old", "a\nb\nc\nd\n", "new", "a\nB\nc\nd\n");

        assertThat(diff.unified()).isEqualTo("--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
        assertThat(diff.hunks()).singleElement().satisfies(h -> {
            assertThat(h.oldStart()).isEqualTo(1);
            assertThat(h.newStart()).isEqualTo(1);
            assertThat(h.oldCount()).isEqualTo(3);
            assertThat(h.newCount()).isEqualTo(3);
            assertThat(h.lines()).containsExactly(new DiffLine(Change.CONTEXT, "a"), new DiffLine(Change.REMOVED, "b"),
                    new DiffLine(Change.ADDED, "B"), new DiffLine(Change.CONTEXT, "c"));
        });
    }

    @Test
    void distantChangesAreSeparateHunksWithTheirLineNumbers() {
        String older = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        String newer = older.replace("line 2\n", "line two\n").replace("line 18\n", "") + "\nline 21";

        CodeDiff diff = differ.diff("old", older, "new", newer);

        assertThat(diff.hunks()).hasSize(2);
        assertThat(diff.hunks().get(0).oldStart()).isEqualTo(1);
        assertThat(diff.hunks().get(1).oldStart()).isEqualTo(17);
        assertThat(diff.hunks().get(1).newStart()).isEqualTo(17);
        assertThat(diff.addedLines()).isEqualTo(2);
        assertThat(diff.removedLines()).isEqualTo(2);
    }

    @Test
    void linesThatLookLikeDiffHeadersAreStillCodeLines() {
        CodeDiff diff = differ.diff("old", "x\n", "new", "x\n--- y\n+++ z\n@@ w\n");
        assertThat(diff.hunks()).singleElement().satisfies(h -> assertThat(h.lines()).extracting(DiffLine::text)
                .containsExactly("x", "--- y", "+++ z", "@@ w"));
    }

    @Test
    void codeAddedToAnEmptyFileIsAllAdded() {
        CodeDiff diff = differ.diff("old", "", "new", "print(1)\n");
        assertThat(diff.addedLines()).isEqualTo(1);
        assertThat(diff.removedLines()).isZero();
    }
}
