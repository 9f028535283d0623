package dev.codedrill.lang.harness;

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

    /** Every language CodeDrill ships a harness for. */
    public static HarnessRegistry standard() {
        return new HarnessRegistry(List.of(new PythonHarness(), new JavaScriptHarness(), new JavaHarness(),
                new CppHarness(), new GoHarness(), new PhpHarness()));
    }

    public Optional<HarnessGenerator> find(String languageId) {
        return Optional.ofNullable(byLanguage.get(languageId));
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }
}
