package dev.codedrill.ui.settings;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out the mnemonic letters of one window so that no two labels share one. A text may name its letter with
 * an underscore ({@code "_Mode"}); otherwise the first free letter or digit is taken (for names that come from
 * data, like the languages).
 */
final class Mnemonics {

    private final Set<Character> taken = new HashSet<>();

    /** {@code text} with an underscore before its letter. */
    String mark(String text) {
        int explicit = text.indexOf('_');
        if (explicit >= 0 && explicit + 1 < text.length()) {
            char letter = key(text.charAt(explicit + 1));
            if (!taken.add(letter)) {
                throw new IllegalStateException("mnemonic '" + letter + "' of \"" + text + "\" is taken");
            }
            return text;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && taken.add(key(c))) {
                return text.substring(0, i) + "_" + text.substring(i);
            }
        }
        return text; // every letter taken: reachable with Tab only
    }

    private static char key(char c) {
        return String.valueOf(c).toUpperCase(Locale.ROOT).charAt(0);
    }
}
