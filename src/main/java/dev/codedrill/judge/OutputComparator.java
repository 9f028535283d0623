package dev.codedrill.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codedrill.problem.ComparatorSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares what the code produced with what was expected, by the problem's comparator
 * (docs/architecture.md#comparators): function results as JSON values, stdio output as text.
 */
public final class OutputComparator {

    private final ComparatorSpec spec;

    public OutputComparator(ComparatorSpec spec) {
        this.spec = spec;
    }

    /** A function's return value against the expected JSON value. */
    public boolean matches(JsonNode expected, JsonNode actual) {
        if (actual == null) {
            return false;
        }
        return switch (spec.type()) {
            // the loader keeps LINES and CHECKER to stdio problems
            case EXACT, TOKENS, LINES, CHECKER -> jsonEquals(expected, actual);
            case UNORDERED -> spec.nested() ? canonical(expected).equals(canonical(actual))
                    : unorderedEquals(expected, actual);
            case FLOAT -> floatEquals(expected, actual);
        };
    }

    /**
     * A value's text with every array's elements sorted by their own canonical text, at every depth, and numbers
     * written one way ({@code 2} and {@code 2.0} alike): two values are equal up to the order of all arrays exactly when
     * their canonical texts are.
     */
    private static String canonical(JsonNode node) {
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.forEach(e -> elements.add(canonical(e)));
            elements.sort(null);
            return "[" + String.join(",", elements) + "]";
        }
        if (node.isObject()) {
            List<String> entries = new ArrayList<>();
            node.fields().forEachRemaining(e -> entries.add(new com.fasterxml.jackson.databind.node.TextNode(e.getKey())
                    + ":" + canonical(e.getValue())));
            entries.sort(null);
            return "{" + String.join(",", entries) + "}";
        }
        if (node.isNumber()) {
            java.math.BigDecimal d = node.decimalValue().stripTrailingZeros();
            return d.signum() == 0 ? "0" : d.toPlainString();
        }
        return node.toString();
    }

    /** A program's stdout against the expected text. */
    public boolean matches(String expected, String actual) {
        return switch (spec.type()) {
            case EXACT -> normalizeLineEnds(expected).equals(normalizeLineEnds(actual));
            case TOKENS -> tokens(expected).equals(tokens(actual));
            case UNORDERED -> unorderedLines(expected).equals(unorderedLines(actual));
            case FLOAT -> floatTokens(tokens(expected), tokens(actual));
            case LINES -> lines(expected).equals(lines(actual));
            case CHECKER -> true; // for now: the problem's checker judges the output after the run (CheckerStep)
        };
    }

    private static boolean jsonEquals(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.isIntegralNumber() && b.isIntegralNumber()
                    ? a.bigIntegerValue().equals(b.bigIntegerValue())
                    : a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!jsonEquals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (var it = a.fields(); it.hasNext(); ) {
                var entry = it.next();
                JsonNode other = b.get(entry.getKey());
                if (other == null || !jsonEquals(entry.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static boolean unorderedEquals(JsonNode expected, JsonNode actual) {
        if (!expected.isArray() || !actual.isArray()) {
            return jsonEquals(expected, actual);
        }
        if (expected.size() != actual.size()) {
            return false;
        }
        List<JsonNode> remaining = new ArrayList<>();
        actual.forEach(remaining::add);
        for (JsonNode want : expected) {
            int match = -1;
            for (int i = 0; i < remaining.size() && match < 0; i++) {
                if (jsonEquals(want, remaining.get(i))) {
                    match = i;
                }
            }
            if (match < 0) {
                return false;
            }
            remaining.remove(match);
        }
        return true;
    }

    private boolean floatEquals(JsonNode expected, JsonNode actual) {
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!floatEquals(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return close(expected.asDouble(), actual.asDouble());
        }
        return jsonEquals(expected, actual);
    }

    private boolean floatTokens(List<String> expected, List<String> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            String e = expected.get(i);
            String a = actual.get(i);
            if (e.equals(a)) {
                continue;
            }
            try {
                if (!close(Double.parseDouble(e), Double.parseDouble(a))) {
                    return false;
                }
            } catch (NumberFormatException notNumbers) {
                return false;
            }
        }
        return true;
    }

    private boolean close(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return false;
        }
        double diff = Math.abs(expected - actual);
        return diff <= spec.absolute() || diff <= spec.relative() * Math.abs(expected);
    }

    static List<String> tokens(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    }

    /** The lines of a text without the whitespace at their ends, and without the empty lines at its end. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : normalizeLineEnds(text).split("\n", -1)) {
            lines.add(line.stripTrailing()); // a lone \r inside a line is kept: only \r\n ends a line
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The non-blank lines of a text, each as its tokens joined by one space, sorted: lines in any order. */
    static List<String> unorderedLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : normalizeLineEnds(text).split("\n")) {
            List<String> tokens = tokens(line);
            if (!tokens.isEmpty()) {
                lines.add(String.join(" ", tokens));
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String normalizeLineEnds(String text) {
        return text.replace("\r\n", "\n");
    }
}
