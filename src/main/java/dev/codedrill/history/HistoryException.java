package dev.codedrill.history;

/** The history could not be read or written; the message is meant for the user. */
public class HistoryException extends RuntimeException {

    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
