package dev.codedrill.lang;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.config.Settings;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.lang.support.Program;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The languages the app runs: each {@link LanguageSupports supported language} with what a user configures, its image
 * and warm pool size, from {@code languages.json} (the built-in defaults) and the config's per-language overrides.
 */
public final class LanguageRegistry {

    private static final String RESOURCE = "/dev/codedrill/lang/languages.json";

    private final Map<String, Language> byId;

    private LanguageRegistry(Map<String, Language> byId) {
        this.byId = byId;
    }

    /** What {@code languages.json} gives each language. */
    private record Configured(String id, String image, int poolSize) {
    }

    public static LanguageRegistry load(Settings settings) {
        Configured[] configured;
        try (InputStream in = LanguageRegistry.class.getResourceAsStream(RESOURCE)) {
            configured = new ObjectMapper().readValue(in, Configured[].class);
        } catch (IOException e) {
            throw new UncheckedIOException("languages.json is unreadable", e);
        }
        Language[] builtIn = Arrays.stream(configured).map(LanguageRegistry::language).toArray(Language[]::new);
        for (LanguageSupport support : LanguageSupports.all()) {
            if (Arrays.stream(builtIn).noneMatch(l -> l.id().equals(support.id()))) {
                throw new IllegalStateException("languages.json has no line for the language '" + support.id() + "'");
            }
        }
        for (String id : settings.languages().keySet()) {
            if (Arrays.stream(builtIn).noneMatch(l -> l.id().equals(id))) {
                throw new IllegalArgumentException("config names an unknown language '" + id + "' at $.languages."
                        + id + " (known: " + String.join(", ", Arrays.stream(builtIn).map(Language::id).toList()) + ")");
            }
        }
        Map<String, Language> byId = new LinkedHashMap<>();
        for (Language language : builtIn) {
            Settings.LanguageSettings override = settings.language(language.id());
            Language effective = language;
            if (override.image() != null) {
                effective = effective.withImage(override.image());
            }
            if (override.poolSize() != null) {
                effective = effective.withPoolSize(override.poolSize());
            }
            byId.put(effective.id(), effective);
        }
        return new LanguageRegistry(java.util.Collections.unmodifiableMap(byId));
    }

    private static Language language(Configured c) {
        LanguageSupport support = LanguageSupports.find(c.id()).orElseThrow(() -> new IllegalStateException(
                "languages.json names '" + c.id() + "', which no LanguageSupport implements"));
        Program hello = support.hello();
        return new Language(c.id(), support.name(), c.image(), hello.sourceFile(), hello.compile(), hello.run(),
                c.poolSize(), support.poolInit(), List.of(), support.versionCommand());
    }

    public Collection<Language> all() {
        return byId.values();
    }

    public Optional<Language> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
