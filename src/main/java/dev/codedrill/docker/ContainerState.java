package dev.codedrill.docker;

import java.util.Map;

/** A container as inspected: enough to tell whether it runs and why it stopped. */
public record ContainerState(String id, String name, String status, boolean running, Long exitCode,
                            boolean oomKilled, Map<String, String> labels) {
    public ContainerState {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
