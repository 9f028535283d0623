package dev.codedrill.docker.images;

import java.util.List;

/**
 * Whether an image is in the engine code runs in, how it got there, or why not.
 *
 * @param usedBy the language ids that run in it
 */
public record ImageStatus(String image, List<String> usedBy, Source source, String reason) {

    /** How the image came to be available; UNAVAILABLE carries a reason. */
    public enum Source {
        ALREADY_THERE, STREAMED_FROM_HOST, PULLED, UNAVAILABLE
    }

    public ImageStatus {
        usedBy = List.copyOf(usedBy);
        reason = reason == null ? "" : reason;
    }

    public boolean available() {
        return source != Source.UNAVAILABLE;
    }
}
