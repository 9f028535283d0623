package dev.codedrill.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.ui.results.ValueDiff.Kind;
import dev.codedrill.ui.results.ValueDiff.Line;
import dev.codedrill.ui.results.ValueDiff.Run;
import dev.codedrill.ui.results.ValueDiff.Style;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

    @Test
    void shortLinesAreShownMarkedAsTheyDiffer() {
        assertThat(ValueDiff.of("1\n2\n3\n", "1\n4\n3\n")).containsExactly(new Run(Style.SAME, "  1\n"),
                new Run(Style.EXPECTED, "- 2\n"), new Run(Style.ACTUAL, "+ 4\n"), new Run(Style.SAME, "  3\n"));
    }

    @Test
    void manyLinesAreShownFromJustBeforeTheFirstDifferenceForABoundedNumberOfLines() {
        String expected = lines(1, 10_000);
        String actual = expected.replace("\n5000\n", "\nfive thousand\n");
        String shown = text(ValueDiff.of(expected, actual));
        assertThat(shown).startsWith("… 4996 equal lines before\n  4997\n  4998\n  4999\n- 5000\n+ five thousand\n"
                + "  5001\n");
        assertThat(shown).endsWith("  5049\n… compared 50 lines from the first difference; not compared: 4950 more "
                + "expected and 4950 more actual lines\n");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // a full line diff of these would take minutes
    void twoLongValuesWithNoLineInCommonAreComparedInBoundedTime() {
        String expected = lines(0, 32_000);
        String actual = lines(100_000, 132_000);
        List<Run> runs = ValueDiff.of(expected, actual);
        assertThat(text(runs)).startsWith("- 0\n- 1\n").contains("+ 100000\n")
                .endsWith("not compared: 31950 more expected and 31950 more actual lines\n");
        assertThat(runs).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void aLongSingleLineIsShownAroundItsFirstDifference() {
        String expected = "x".repeat(1000) + "a" + "y".repeat(1000);
        String actual = "x".repeat(1000) + "b" + "y".repeat(1000);
        assertThat(ValueDiff.of(expected, actual)).containsExactly(
                new Run(Style.SAME, "expected: …" + "x".repeat(60)),
                new Run(Style.EXPECTED, "a" + "y".repeat(239) + "…"),
                new Run(Style.SAME, "\nactual:   …" + "x".repeat(60)),
                new Run(Style.ACTUAL, "b" + "y".repeat(239) + "…"),
                new Run(Style.NOTE, "\nfirst difference at character 1001"));
    }

    @Test
    void aLongLineInALineDiffIsShownInPart() {
        String shown = text(ValueDiff.of("short\n", "z".repeat(500) + "\n"));
        assertThat(shown).isEqualTo("- short\n+ " + "z".repeat(200) + "… (300 more characters)\n");
    }

    @Test
    void whatTheJudgeCutIsNotComparedAndTheDifferenceSaysSo() {
        String cutByTheJudge = "7\n".repeat(10) + "\n… 16000000 more bytes";
        String shown = text(ValueDiff.of("7\n", cutByTheJudge));
        assertThat(shown).isEqualTo("  7\n" + "+ 7\n".repeat(9)
                + "… compared what was kept: the actual value's last 16000000 bytes were cut\n");
    }

    @Test
    void valuesWhoseLinesAreAllTheSameDifferInHowTheirLinesEnd() {
        assertThat(text(ValueDiff.of("1\n2\n", "1\r\n2"))).isEqualTo(
                "Every line is the same: the values differ only in how their lines end.\n");
    }

    private static String lines(int from, int to) {
        return IntStream.range(from, to).mapToObj(Integer::toString).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String text(List<Run> runs) {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
