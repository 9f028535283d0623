package dev.codedrill.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.ui.results.ValueDiff.Kind;
import dev.codedrill.ui.results.ValueDiff.Line;
import org.junit.jupiter.api.Test;

class ValueDiffTest {

    @Test
    void findsTheFirstDifferingCharacter() {
        assertThat(ValueDiff.firstDifference("[1,2,3,4]", "[1,2,5,4]")).isEqualTo(5);
        assertThat(ValueDiff.firstDifference("[1,2]", "[1,2,3]")).isEqualTo(4);
        assertThat(ValueDiff.firstDifference("same", "same")).isEqualTo(-1);
    }

    @Test
    void mergesLinesKeepingTheCommonOnesOnce() {
        assertThat(ValueDiff.lines("1\n2\n3\n", "1\n4\n3\n")).containsExactly(new Line(Kind.SAME, "1"),
                new Line(Kind.EXPECTED_ONLY, "2"), new Line(Kind.ACTUAL_ONLY, "4"), new Line(Kind.SAME, "3"));
    }

    @Test
    void onlyLongOrMultiLineDifferencesAreWorthADiffView() {
        assertThat(ValueDiff.worthShowing("[0,1]", "[1,0]")).isFalse();
        assertThat(ValueDiff.worthShowing("a\nb", "a\nc")).isTrue();
        assertThat(ValueDiff.worthShowing("x".repeat(50), "x".repeat(49) + "y")).isTrue();
        assertThat(ValueDiff.worthShowing("x".repeat(50), "x".repeat(50))).isFalse();
    }
}
