package dev.codedrill.history;

import java.util.List;

/**
 * A run of changes with its context, as in a unified diff; line numbers start at 1.
 *
 * @param oldStart first line of the hunk in the older code
 * @param newStart first line of the hunk in the newer code
 */
public record DiffHunk(int oldStart, int newStart, List<DiffLine> lines) {

    public DiffHunk {
        if (oldStart < 0 || newStart < 0) {
            throw new IllegalArgumentException("line numbers must not be negative");
        }
        lines = List.copyOf(lines);
    }

    public int oldCount() {
        return (int) lines.stream().filter(l -> l.change() != DiffLine.Change.ADDED).count();
    }

    public int newCount() {
        return (int) lines.stream().filter(l -> l.change() != DiffLine.Change.REMOVED).count();
    }
}
