package dev.codedrill.docker;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.dockerjava.api.model.HostConfig;
import java.util.List;

/**
 * A host config that leaves {@code /proc} and {@code /sys} whole: no masked and no read-only system paths, what the
 * CLI's {@code --security-opt systempaths=unconfined} sends (docker-java has no field for it). A daemon in the
 * container needs it to start containers in user namespaces: the kernel lets a user namespace mount a new
 * {@code /proc} only where no part of the old one is hidden.
 */
final class UnmaskedHostConfig extends HostConfig {

    private static final long serialVersionUID = 1L;

    @JsonProperty("MaskedPaths")
    private final List<String> maskedPaths = List.of();

    @JsonProperty("ReadonlyPaths")
    private final List<String> readonlyPaths = List.of();

    List<String> maskedPaths() {
        return maskedPaths;
    }

    List<String> readonlyPaths() {
        return readonlyPaths;
    }
}
