package dev.codedrill.docker;

import java.util.HashMap;
import java.util.Map;

/**
 * The labels on every container the app creates, so that it can find its own (orphans after a crash)
 * and never touch anyone else's.
 */
public final class Labels {
    public static final String APP = "dev.codedrill.app";
    public static final String APP_VALUE = "codedrill";
    public static final String ROLE = "dev.codedrill.role";
    public static final String LANGUAGE = "dev.codedrill.language";
    public static final String SESSION = "dev.codedrill.session";

    private Labels() {
    }

    /** The given labels plus the app label. */
    public static Map<String, String> withApp(Map<String, String> labels) {
        Map<String, String> all = new HashMap<>(labels);
        all.put(APP, APP_VALUE);
        return Map.copyOf(all);
    }
}
