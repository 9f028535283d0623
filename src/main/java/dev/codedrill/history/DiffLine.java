package dev.codedrill.history;

import java.util.Objects;

/** One line of a hunk: kept, removed from the older code, or added in the newer. */
public record DiffLine(Change change, String text) {

    public enum Change {
        CONTEXT(' '), REMOVED('-'), ADDED('+');

        private final char marker;

        Change(char marker) {
            this.marker = marker;
        }

        /** The unified-diff prefix. */
        public char marker() {
            return marker;
        }
    }

    public DiffLine {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(text, "text");
    }
}
