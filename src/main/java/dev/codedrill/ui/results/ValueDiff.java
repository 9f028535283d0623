package dev.codedrill.ui.results;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an actual value departs from the expected one, for values too long to compare by eye: line by line for
 * multi-line output, else around the first differing character. The work is bounded whatever the values' size:
 * the equal lines before the first difference are skipped (a few kept for context), at most {@link #MAX_LINES}
 * lines of each value are compared from there, and a long line or value is shown only in part, each time saying
 * so. What is left grows with the values' size (splitting them into lines, finding the first difference): call
 * {@link #of} off the FX thread.
 */
public final class ValueDiff {

    /** Lines of each value compared from the first line where they differ. */
    static final int MAX_LINES = 50;
    /** Equal lines shown before the first difference. */
    static final int CONTEXT_LINES = 3;
    /** Characters of a line shown in a line diff. */
    static final int MAX_LINE_CHARS = 200;
    /** Characters of a single-line value shown before its first difference, and after it. */
    static final int CHARS_BEFORE = 60;
    static final int CHARS_AFTER = 240;

    /** A line of a line diff. */
    public record Line(Kind kind, String text) {
    }

    public enum Kind { SAME, EXPECTED_ONLY, ACTUAL_ONLY }

    /** A stretch of the difference as shown, in one style: what both have, only one has, or a note. */
    public record Run(Style style, String text) {
    }

    public enum Style { SAME, EXPECTED, ACTUAL, NOTE }

    private ValueDiff() {
    }

    /** Index of the first character where the two differ; -1 when equal. */
    public static int firstDifference(String expected, String actual) {
        int n = Math.min(expected.length(), actual.length());
        for (int i = 0; i < n; i++) {
            if (expected.charAt(i) != actual.charAt(i)) {
                return i;
            }
        }
        return expected.length() == actual.length() ? -1 : n;
    }

    /**
     * The lines of both, merged: unchanged lines once, then what only the expected and only the actual have. Its
     * time grows with the lines times the differences: {@link #of} calls it on a bounded part of the values only.
     */
    public static List<Line> lines(String expected, String actual) {
        return merge(expected.lines().toList(), actual.lines().toList());
    }

    /**
     * The difference as the results panel shows it, in a bounded number of runs of bounded text: for multi-line
     * values the lines from just before the first difference (marked "  ", "- " expected only, "+ " actual only),
     * for single-line values both around the first differing character and where that is.
     */
    public static List<Run> of(String expected, String actual) {
        ValueCap.Split e = ValueCap.split(expected);
        ValueCap.Split a = ValueCap.split(actual);
        Runs runs = new Runs();
        if (e.kept().contains("\n") || a.kept().contains("\n")) {
            byLine(e.kept().lines().toList(), a.kept().lines().toList(), runs);
        } else {
            byCharacter(e.kept(), a.kept(), runs);
        }
        if (e.moreBytes() > 0 || a.moreBytes() > 0) {
            runs.add(Style.NOTE, (runs.endsWithNewLine() ? "" : "\n") + "… compared what was kept: "
                    + (e.moreBytes() > 0 ? "the expected value's last " + e.moreBytes() + " bytes" : "")
                    + (e.moreBytes() > 0 && a.moreBytes() > 0 ? " and " : "")
                    + (a.moreBytes() > 0 ? "the actual value's last " + a.moreBytes() + " bytes" : "")
                    + " were cut\n");
        }
        return runs.done();
    }

    /** Worth a diff view: they differ and are too long or too many lines to compare at a glance. */
    public static boolean worthShowing(String expected, String actual) {
        if (expected == null || actual == null || expected.equals(actual)) {
            return false;
        }
        return expected.length() > 16 || actual.length() > 16 || expected.contains("\n") || actual.contains("\n");
    }

    private static void byLine(List<String> a, List<String> b, Runs runs) {
        int same = 0;
        while (same < a.size() && same < b.size() && a.get(same).equals(b.get(same))) {
            same++;
        }
        if (same == a.size() && same == b.size()) {
            runs.add(Style.NOTE, "Every line is the same: the values differ only in how their lines end.\n");
            return;
        }
        int from = Math.max(0, same - CONTEXT_LINES);
        if (from > 0) {
            runs.add(Style.NOTE, "… " + from + (from == 1 ? " equal line" : " equal lines") + " before\n");
        }
        for (int i = from; i < same; i++) {
            runs.add(Style.SAME, "  " + shown(a.get(i)) + "\n");
        }
        int aEnd = Math.min(a.size(), same + MAX_LINES);
        int bEnd = Math.min(b.size(), same + MAX_LINES);
        for (Line line : merge(a.subList(same, aEnd), b.subList(same, bEnd))) {
            switch (line.kind()) {
                case SAME -> runs.add(Style.SAME, "  " + shown(line.text()) + "\n");
                case EXPECTED_ONLY -> runs.add(Style.EXPECTED, "- " + shown(line.text()) + "\n");
                case ACTUAL_ONLY -> runs.add(Style.ACTUAL, "+ " + shown(line.text()) + "\n");
            }
        }
        int moreExpected = a.size() - aEnd;
        int moreActual = b.size() - bEnd;
        if (moreExpected > 0 || moreActual > 0) {
            runs.add(Style.NOTE, "… compared " + MAX_LINES + " lines from the first difference; not compared: "
                    + moreExpected + " more expected and " + moreActual + " more actual lines\n");
        }
    }

    private static void byCharacter(String expected, String actual, Runs runs) {
        int at = firstDifference(expected, actual);
        if (at < 0) {
            runs.add(Style.NOTE, "What was kept of the two is the same.");
            return;
        }
        String before = at > CHARS_BEFORE ? "…" + expected.substring(at - CHARS_BEFORE, at)
                : expected.substring(0, at);
        runs.add(Style.SAME, "expected: " + before);
        runs.add(Style.EXPECTED, after(expected, at));
        runs.add(Style.SAME, "\nactual:   " + before);
        runs.add(Style.ACTUAL, after(actual, at));
        runs.add(Style.NOTE, "\nfirst difference at character " + (at + 1));
    }

    private static String after(String value, int at) {
        return value.length() - at > CHARS_AFTER ? value.substring(at, at + CHARS_AFTER) + "…" : value.substring(at);
    }

    private static String shown(String line) {
        return line.length() > MAX_LINE_CHARS
                ? line.substring(0, MAX_LINE_CHARS) + "… (" + (line.length() - MAX_LINE_CHARS) + " more characters)"
                : line;
    }

    private static List<Line> merge(List<String> a, List<String> b) {
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> out = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int at = delta.getSource().getPosition();
            for (; next < at; next++) {
                out.add(new Line(Kind.SAME, a.get(next)));
            }
            delta.getSource().getLines().forEach(l -> out.add(new Line(Kind.EXPECTED_ONLY, l)));
            delta.getTarget().getLines().forEach(l -> out.add(new Line(Kind.ACTUAL_ONLY, l)));
            next = at + delta.getSource().size();
        }
        for (; next < a.size(); next++) {
            out.add(new Line(Kind.SAME, a.get(next)));
        }
        return out;
    }

    /** Runs in order, a run of the same style as the one before joined to it (fewer nodes to draw). */
    private static final class Runs {
        private final List<Run> list = new ArrayList<>();
        private Style style;
        private final StringBuilder text = new StringBuilder();

        void add(Style next, String more) {
            if (more.isEmpty()) {
                return;
            }
            if (next != style) {
                flush();
                style = next;
            }
            text.append(more);
        }

        boolean endsWithNewLine() {
            return text.isEmpty() ? list.isEmpty() || list.get(list.size() - 1).text().endsWith("\n")
                    : text.charAt(text.length() - 1) == '\n';
        }

        List<Run> done() {
            flush();
            return list;
        }

        private void flush() {
            if (style != null && !text.isEmpty()) {
                list.add(new Run(style, text.toString()));
            }
            text.setLength(0);
        }
    }
}
