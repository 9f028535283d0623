package dev.codedrill.pack;

import java.util.List;

/**
 * A pack that cannot be exported, imported or removed: the message says what is wrong and what to do, and
 * {@link #faults()} lists each fault with its file (and JSON path, where there is one). Nothing was written.
 */
public final class PackException extends Exception {

    private final List<String> faults;

    public PackException(String message) {
        this(message, List.of());
    }

    public PackException(String message, List<String> faults) {
        super(message);
        this.faults = List.copyOf(faults);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
        this.faults = List.of();
    }

    public List<String> faults() {
        return faults;
    }
}
