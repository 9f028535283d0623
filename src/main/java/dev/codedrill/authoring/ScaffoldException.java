package dev.codedrill.authoring;

/** Why a problem could not be scaffolded, in words for its author (what is wrong, and what to do). */
public final class ScaffoldException extends Exception {

    public ScaffoldException(String message) {
        super(message);
    }

    public ScaffoldException(String message, Throwable cause) {
        super(message, cause);
    }
}
