package dev.codedrill.ui.editor;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Font;

/**
 * The code font: the first of our preferred monospace families installed here. JavaFX CSS takes one family
 * name, not a fallback list, and silently uses a proportional font for a missing one, so the choice is made
 * in code against the installed families.
 */
public final class MonospaceFont {

    static final List<String> PREFERRED = List.of("JetBrains Mono", "Fira Code", "DejaVu Sans Mono", "Consolas",
            "Menlo", "Cascadia Mono", "Liberation Mono", "Noto Sans Mono", "Courier New");

    /** JavaFX's logical monospace family, always there. */
    static final String FALLBACK = "Monospaced";

    private static volatile String chosen;

    private MonospaceFont() {
    }

    /** The family name to use for code; needs the JavaFX toolkit (it reads the installed fonts once). */
    public static String family() {
        String family = chosen;
        if (family == null) {
            Set<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            installed.addAll(Font.getFamilies());
            family = PREFERRED.stream().filter(installed::contains).findFirst().orElse(FALLBACK);
            chosen = family;
        }
        return family;
    }

    /** An inline style that sets the code font, e.g. for a node whose stylesheet cannot know the family. */
    public static String style() {
        return "-fx-font-family: \"" + family() + "\";";
    }
}
