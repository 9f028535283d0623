package dev.codedrill.lang.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The harness sources and the judge's shell scripts, kept as resources, with {{NAME}} placeholders filled in. */
public final class Templates {

    private Templates() {
    }

    /** A resource as it is (it has no placeholders). */
    public static String resource(String name) {
        return load(Templates.class, name, Map.of());
    }

    /**
     * A template kept next to {@code owner} (in the resources of its package: each language's folder has its own),
     * with its placeholders filled in.
     */
    public static String load(Class<?> owner, String name, Map<String, String> values) {
        String text;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing harness template " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        if (text.contains("{{")) {
            throw new IllegalStateException("unfilled placeholder in " + name);
        }
        return text;
    }
}
