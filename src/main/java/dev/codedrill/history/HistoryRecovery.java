package dev.codedrill.history;

import java.nio.file.Path;
import java.util.Objects;

/** A history file that could not be opened was moved aside (never deleted) and a fresh one started. */
public record HistoryRecovery(Path unreadableFile, Path movedTo, String reason) {

    public HistoryRecovery {
        Objects.requireNonNull(unreadableFile, "unreadableFile");
        Objects.requireNonNull(movedTo, "movedTo");
        Objects.requireNonNull(reason, "reason");
    }

    /** What to tell the user. */
    public String message() {
        return "The history " + unreadableFile + " could not be opened (" + reason + "). It was moved to "
                + movedTo + " and a new, empty history was started.";
    }
}
