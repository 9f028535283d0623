package dev.codedrill.lang;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.support.LanguageSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The harness generator of each language, by language id. */
public final class HarnessRegistry {

    private final Map<String, HarnessGenerator> byLanguage = new LinkedHashMap<>();

    public HarnessRegistry(List<HarnessGenerator> generators) {
        generators.forEach(g -> byLanguage.put(g.languageId(), g));
    }

    /** Every language CodeDrill supports ({@link LanguageSupports}). */
    public static HarnessRegistry standard() {
        return new HarnessRegistry(LanguageSupports.all().stream().map(LanguageSupport::harness).toList());
    }

    public Optional<HarnessGenerator> find(String languageId) {
        return Optional.ofNullable(byLanguage.get(languageId));
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }
}
