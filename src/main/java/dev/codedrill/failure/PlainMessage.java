package dev.codedrill.failure;

/**
 * Marks an exception whose {@link Throwable#getMessage() message} is written for people: what happened and what to
 * do. {@code dev.codedrill.app.PlainWords} shows such a message as it is.
 */
public interface PlainMessage {
}
