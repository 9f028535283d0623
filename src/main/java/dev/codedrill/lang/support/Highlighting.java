package dev.codedrill.lang.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * How the editor colours a language: rules tried as one combined pattern, longest-reaching first (comments and strings
 * before anything that could start inside them). A rule's {@code classify} names the style class of a match, or null
 * for plain text. Identifiers are one rule, classified by set look-up. Repetitions are written so that
 * {@link java.util.regex.Pattern} does not recurse per character (unrolled loops, possessive quantifiers): a long
 * string literal must not overflow the stack.
 */
public record Highlighting(List<Rule> rules) {

    public static final String KEYWORD = "keyword";
    public static final String TYPE = "type";
    public static final String STRING = "string";
    public static final String COMMENT = "comment";
    public static final String NUMBER = "number";
    /** Java annotations, Python decorators, PHP attributes, Rust attributes. */
    public static final String ANNOTATION = "annotation";
    /** C++ directives, PHP open and close tags, Rust macros. */
    public static final String PREPROCESSOR = "preprocessor";

    /** No colours. */
    public static final Highlighting NONE = new Highlighting(List.of());

    // Shared pieces. Unterminated literals run to the end of the line (or of the text for multi-line ones), so that
    // typing an opening quote colours what follows, as editors do.
    public static final String DQ = "\"[^\"\\\\\\n]*+(?:\\\\[\\s\\S][^\"\\\\\\n]*+)*+\"?";
    public static final String SQ = "'[^'\\\\\\n]*+(?:\\\\[\\s\\S][^'\\\\\\n]*+)*+'?";
    public static final String LINE_COMMENT = "//[^\\n]*+";
    public static final String BLOCK_COMMENT = "/\\*[\\s\\S]*?(?:\\*/|\\z)";
    public static final String NUMBER_C = "(?:0[xXbBoO][0-9a-fA-F_]++|\\d[\\d_]*+(?:\\.[\\d_]*+)?(?:[eE][+-]?\\d++)?"
            + "|\\.\\d[\\d_]*+(?:[eE][+-]?\\d++)?)\\w*+";
    public static final String IDENT = "[A-Za-z_$][\\w$]*+";

    public Highlighting {
        rules = List.copyOf(rules);
    }

    /** One alternative of the combined pattern and the style class of its matches (null: plain). */
    public record Rule(String regex, Function<String, String> classify) {
    }

    /** Every match is {@code styleClass}. */
    public static Rule of(String styleClass, String regex) {
        return new Rule(regex, ignored -> styleClass);
    }

    /**
     * Identifiers: a keyword, a type (in {@code types}, or when {@code capitalisedTypes} a name that
     * {@link #looksLikeType looks like one}), else plain.
     */
    public static Rule identifiers(String regex, Set<String> keywords, Set<String> types, boolean capitalisedTypes) {
        return new Rule(regex, word -> {
            if (keywords.contains(word)) {
                return KEYWORD;
            }
            if (types.contains(word) || (capitalisedTypes && looksLikeType(word))) {
                return TYPE;
            }
            return null;
        });
    }

    /** As {@link #identifiers}, with keywords and types matched whatever their case (PHP). */
    public static Rule caseInsensitiveIdentifiers(String regex, Set<String> keywords, Set<String> types,
                                                  String variablePrefix) {
        return new Rule(regex, word -> {
            String lower = word.toLowerCase(Locale.ROOT);
            if (keywords.contains(lower)) {
                return KEYWORD;
            }
            if (word.startsWith(variablePrefix)) {
                return null;
            }
            return types.contains(lower) || looksLikeType(word) ? TYPE : null;
        });
    }

    /** ListNode, TreeNode, HashMap: a capital then a lower-case letter somewhere; MAX_N is a constant. */
    public static boolean looksLikeType(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Convenience for a rule list. */
    public static Highlighting of(Rule... rules) {
        return new Highlighting(List.of(rules));
    }

}
