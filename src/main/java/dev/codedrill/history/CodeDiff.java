package dev.codedrill.history;

import java.util.List;
import java.util.Objects;

/**
 * How the newer code differs from the older, line by line.
 *
 * @param unified the unified diff text ({@code ---}, {@code +++}, {@code @@} hunks); empty when the codes are equal
 * @param hunks   the same hunks, structured for a side-by-side or coloured view
 */
public record CodeDiff(String unified, List<DiffHunk> hunks) {

    public CodeDiff {
        Objects.requireNonNull(unified, "unified");
        hunks = List.copyOf(hunks);
    }

    public boolean identical() {
        return hunks.isEmpty();
    }

    public int addedLines() {
        return count(DiffLine.Change.ADDED);
    }

    public int removedLines() {
        return count(DiffLine.Change.REMOVED);
    }

    private int count(DiffLine.Change change) {
        return (int) hunks.stream().flatMap(h -> h.lines().stream()).filter(l -> l.change() == change).count();
    }
}
