package dev.codedrill.app;

import dev.codedrill.failure.PlainMessage;

/** A language that cannot run in this engine (its image is missing, or has no working toolchain), and why. */
public final class LanguageUnavailableException extends RuntimeException implements PlainMessage {

    public LanguageUnavailableException(String languageName, String reason) {
        super(languageName + " cannot run here: " + reason);
    }
}
