package dev.codedrill.lang;

import dev.codedrill.lang.cpp.CppSupport;
import dev.codedrill.lang.go.GoSupport;
import dev.codedrill.lang.java.JavaSupport;
import dev.codedrill.lang.javascript.JavaScriptSupport;
import dev.codedrill.lang.php.PhpSupport;
import dev.codedrill.lang.python.PythonSupport;
import dev.codedrill.lang.rust.RustSupport;
import dev.codedrill.lang.support.LanguageSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** Every language CodeDrill supports, one line each, in the order the app lists them. */
public final class LanguageSupports {

    private static final List<LanguageSupport> ALL = List.of(
            new PythonSupport(),
            new JavaScriptSupport(),
            new JavaSupport(),
            new CppSupport(),
            new GoSupport(),
            new PhpSupport(),
            new RustSupport());

    private LanguageSupports() {
    }

    public static List<LanguageSupport> all() {
        return ALL;
    }

    /** The language of an id ({@code python}); empty when there is none. */
    public static Optional<LanguageSupport> find(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The language of an id or an alias, whatever its case ({@code Py}, {@code c++}: a Markdown code fence). */
    public static Optional<LanguageSupport> byName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(l -> l.id().equals(wanted) || l.aliases().contains(wanted)).findFirst();
    }

    /**
     * Each language's id by the extension of its solution file, without the dot ({@code py} → {@code python}): how
     * a problem's kept submissions are told apart.
     */
    public static Map<String, String> byExtension() {
        Map<String, String> byExtension = new LinkedHashMap<>();
        for (LanguageSupport l : ALL) {
            String file = l.solutionFile();
            byExtension.put(file.substring(file.lastIndexOf('.') + 1), l.id());
        }
        return Map.copyOf(byExtension);
    }

    /** The language of an id, or an error that names the known ones. */
    public static LanguageSupport of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown language '" + id + "' (known: "
                + String.join(", ", ALL.stream().map(LanguageSupport::id).toList()) + ")"));
    }
}
