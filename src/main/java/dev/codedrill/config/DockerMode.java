package dev.codedrill.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How CodeDrill reaches a Docker engine (docs/architecture.md#engine-modes). */
public enum DockerMode {
    /** A private Docker-in-Docker daemon started on the host engine (default). */
    DIND,
    /** The host engine itself, for rootless Docker or Podman users. */
    HOST,
    /** A remote engine over TLS, for a classroom server. */
    REMOTE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DockerMode of(String id) {
        return Arrays.stream(values())
                .filter(m -> m.id().equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown docker mode '" + id + "' (expected one of "
                        + Arrays.stream(values()).map(DockerMode::id).collect(Collectors.joining(", ")) + ")"));
    }
}
