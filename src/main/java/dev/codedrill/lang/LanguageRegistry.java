package dev.codedrill.lang;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The languages of {@code languages.json}, with the config's per-language overrides applied. */
public final class LanguageRegistry {

    private static final String RESOURCE = "/dev/codedrill/lang/languages.json";

    private final Map<String, Language> byId;

    private LanguageRegistry(Map<String, Language> byId) {
        this.byId = byId;
    }

    public static LanguageRegistry load(Settings settings) {
        Language[] builtIn;
        try (InputStream in = LanguageRegistry.class.getResourceAsStream(RESOURCE)) {
            builtIn = new ObjectMapper().readValue(in, Language[].class);
        } catch (IOException e) {
            throw new UncheckedIOException("languages.json is unreadable", e);
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

    public Collection<Language> all() {
        return byId.values();
    }

    public Optional<Language> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
