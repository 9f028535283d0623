package dev.codedrill.docker.images;

import dev.codedrill.failure.PlainMessage;
import java.io.IOException;

/** A file given as an image bundle that is not one, or whose images did not appear once loaded; said plainly. */
public final class NotAnImageBundleException extends IOException implements PlainMessage {

    public NotAnImageBundleException(String message) {
        super(message);
    }
}
