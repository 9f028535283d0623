package dev.codedrill.history;

import java.nio.file.Path;

/** Another CodeDrill (another process, or another store in this one) has the same history open. */
public final class HistoryInUseException extends HistoryException {

    private final Path databaseFile;

    public HistoryInUseException(Path databaseFile, String owner, Throwable cause) {
        super("The history " + databaseFile + " is in use by another CodeDrill" + (owner.isBlank() ? "" : " (" + owner + ")")
                + ". Close the other CodeDrill, or give this one another data dir (\"dataDir\" in the config).", cause);
        this.databaseFile = databaseFile;
    }

    public Path databaseFile() {
        return databaseFile;
    }
}
