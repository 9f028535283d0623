package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.problem.ComparatorSpec;
import org.junit.jupiter.api.Test;

class OutputComparatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final OutputComparator EXACT = new OutputComparator(ComparatorSpec.EXACT);
    private static final OutputComparator TOKENS = new OutputComparator(ComparatorSpec.TOKENS);
    private static final OutputComparator UNORDERED = new OutputComparator(new ComparatorSpec(ComparatorSpec.Type.UNORDERED, 0, 0));
    private static final OutputComparator LINES = new OutputComparator(ComparatorSpec.LINES);
    private static final OutputComparator FLOAT = new OutputComparator(new ComparatorSpec(ComparatorSpec.Type.FLOAT, 1e-6, 1e-9));

    @Test
    void exactComparesJsonValuesWithNumbersAsNumbers() {
        assertThat(EXACT.matches(json("[0, 1]"), json("[0,1]"))).isTrue();
        assertThat(EXACT.matches(json("[0, 1]"), json("[1, 0]"))).isFalse();
        assertThat(EXACT.matches(json("2.0"), json("2"))).isTrue();
        assertThat(EXACT.matches(json("9007199254740993"), json("9007199254740992"))).isFalse();
        assertThat(EXACT.matches(json("\"abc\""), json("\"abc \""))).isFalse();
        assertThat(EXACT.matches(json("true"), null)).isFalse();
    }

    @Test
    void unorderedAcceptsAnyOrderOfTheTopLevelAsAMultiset() {
        assertThat(UNORDERED.matches(json("[[-1,0,1],[-1,-1,2]]"), json("[[-1,-1,2],[-1,0,1]]"))).isTrue();
        assertThat(UNORDERED.matches(json("[1,1,2]"), json("[1,2,2]"))).isFalse();
        assertThat(UNORDERED.matches(json("[[0,1]]"), json("[[1,0]]"))).isFalse();
    }

    @Test
    void floatAcceptsEitherToleranceAndRejectsNaN() {
        assertThat(FLOAT.matches(json("1024.0"), json("1024.0000004"))).isTrue();
        assertThat(FLOAT.matches(json("1e15"), json("1.0000000001e15"))).isTrue();
        assertThat(FLOAT.matches(json("1.0"), json("1.01"))).isFalse();
        assertThat(FLOAT.matches(json("[0.5, 2.0]"), json("[0.5000000001, 2.0]"))).isTrue();
        assertThat(FLOAT.matches("0.333333 2", "0.3333333333 2\n")).isTrue();
        assertThat(FLOAT.matches("1.0", "nan")).isFalse();
    }

    @Test
    void tokensIgnoreWhitespaceButNotContent() {
        assertThat(TOKENS.matches("3\n", "  3  \r\n\n")).isTrue();
        assertThat(TOKENS.matches("1 2\n3\n", "1\n2 3")).isTrue();
        assertThat(TOKENS.matches("1 2", "12")).isFalse();
        assertThat(TOKENS.matches("", "\n")).isTrue();
    }

    @Test
    void unorderedStdioOutputTakesItsLinesInAnyOrderButEachLineWhole() {
        assertThat(UNORDERED.matches("apple 3\npear 1\n", "pear  1\r\napple 3")).isTrue();
        assertThat(UNORDERED.matches("a 1\na 1\nb 2\n", "a 1\nb 2\na 1\n\n")).isTrue();
        assertThat(UNORDERED.matches("a 1\na 1\nb 2\n", "a 1\nb 2\nb 2\n")).as("a multiset, not a set").isFalse();
        assertThat(UNORDERED.matches("apple 3\npear 1\n", "apple 1\npear 3\n")).as("lines stay whole").isFalse();
        assertThat(UNORDERED.matches("apple 3\npear 1\n", "apple 3 pear 1\n")).as("one line per answer").isFalse();
    }

    @Test
    void exactTextIgnoresOnlyWindowsLineEnds() {
        OutputComparator exactText = new OutputComparator(ComparatorSpec.EXACT);
        assertThat(exactText.matches("a\nb\n", "a\r\nb\r\n")).isTrue();
        assertThat(exactText.matches("a\nb\n", "a\nb")).isFalse();
    }

    @Test
    void linesIgnoreTrailingWhitespaceOfEachLineAndTrailingEmptyLines() {
        assertThat(LINES.matches("1 2\n3\n", "1 2  \t\n3")).isTrue();
        assertThat(LINES.matches("1 2\n3\n", "1 2\r\n3\r\n\n\n  \n")).isTrue();
        assertThat(LINES.matches("", "\n\n")).isTrue();
    }

    @Test
    void linesRejectADifferentLayoutThatTokensWouldAccept() {
        assertThat(LINES.matches("1 2\n3\n", "1\n2 3\n")).as("line breaks moved").isFalse();
        assertThat(TOKENS.matches("1 2\n3\n", "1\n2 3\n")).isTrue();
        assertThat(LINES.matches("1 2\n", "1  2\n")).as("a run of spaces inside a line").isFalse();
        assertThat(LINES.matches("1 2\n", " 1 2\n")).as("leading whitespace").isFalse();
        assertThat(LINES.matches("a\nb\n", "a\n\nb\n")).as("an empty line in the middle").isFalse();
        assertThat(LINES.matches("a\nb\n", "a\rb\n")).as("a lone carriage return is no line end").isFalse();
    }

    @Test
    void nestedUnorderedAcceptsAnyOrderAtEveryDepthButKeepsHowManyTimesEachValueOccurs() {
        OutputComparator nested = new OutputComparator(new ComparatorSpec(ComparatorSpec.Type.UNORDERED, 0, 0, true));
        assertThat(nested.matches(json("[[\"eat\",\"tea\"],[\"bat\"]]"), json("[[\"bat\"],[\"tea\",\"eat\"]]"))).isTrue();
        assertThat(nested.matches(json("[[1,1,2]]"), json("[[1,2,2]]"))).as("counts matter").isFalse();
        assertThat(nested.matches(json("[[1],[2]]"), json("[[1,2]]"))).as("the grouping matters").isFalse();
        assertThat(nested.matches(json("[[2.0]]"), json("[[2]]"))).as("numbers as numbers").isTrue();
        assertThat(UNORDERED.matches(json("[[1,2]]"), json("[[2,1]]"))).as("plain unordered keeps the inner order")
                .isFalse();
    }

    @Test
    void mapsAreEqualWhateverTheOrderOfTheirKeysWithNumbersAsNumbers() {
        assertThat(EXACT.matches(json("{\"a\": 2, \"b\": 1}"), json("{\"b\": 1.0, \"a\": 2}"))).isTrue();
        assertThat(EXACT.matches(json("{\"a\": 2}"), json("{\"a\": 2, \"b\": 0}"))).isFalse();
        assertThat(EXACT.matches(json("{}"), json("[]"))).as("an empty map is not an empty array").isFalse();
    }
}
