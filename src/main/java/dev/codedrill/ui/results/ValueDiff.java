package dev.codedrill.ui.results;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an actual value departs from the expected one, for values too long to compare by eye: line by line for
 * multi-line output, else the first differing character.
 */
public final class ValueDiff {

    /** A line of a line diff. */
    public record Line(Kind kind, String text) {
    }

    public enum Kind { SAME, EXPECTED_ONLY, ACTUAL_ONLY }

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

    /** The lines of both, merged: unchanged lines once, then what only the expected and only the actual have. */
    public static List<Line> lines(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
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

    /** Worth a diff view: they differ and are too long or too many lines to compare at a glance. */
    public static boolean worthShowing(String expected, String actual) {
        if (expected == null || actual == null || expected.equals(actual)) {
            return false;
        }
        return expected.length() > 16 || actual.length() > 16 || expected.contains("\n") || actual.contains("\n");
    }
}
