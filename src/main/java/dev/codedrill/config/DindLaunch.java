package dev.codedrill.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How the DinD container is given the rights it needs (docs/architecture.md#privileged-and-compat-launch):
 * {@code privileged} on ordinary engines, {@code compat} where the kernel's bounding set refuses {@code --privileged}
 * ("unable to apply caps").
 */
public enum DindLaunch {
    PRIVILEGED,
    COMPAT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DindLaunch of(String id) {
        for (DindLaunch l : values()) {
            if (l.id().equalsIgnoreCase(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown DinD launch '" + id + "' (expected privileged or compat)");
    }
}
