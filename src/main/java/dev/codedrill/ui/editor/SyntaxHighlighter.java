package dev.codedrill.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Source text to style spans, for one language: a pure function with no scene graph in sight, so that the
 * editor can run it on a background thread and tests can run it without a toolkit.
 *
 * <p>Each language is one combined pattern whose alternatives are the token kinds, longest-reaching first
 * (comments and strings before anything that could start inside them). Identifiers are one alternative and
 * are classified by set look-up, which is faster than a keyword alternation and never matches a keyword
 * inside a longer name. Repetitions are written so that {@link Pattern} does not recurse per character
 * (unrolled loops, possessive quantifiers): a long string literal must not overflow the stack.
 *
 * <p>Style classes: {@code keyword}, {@code type}, {@code string}, {@code comment}, {@code number},
 * {@code annotation} (Java annotations, Python decorators, PHP attributes), {@code preprocessor} (C++
 * directives, PHP open/close tags); plain text has no class.
 */
public final class SyntaxHighlighter {

    public static final String KEYWORD = "keyword";
    public static final String TYPE = "type";
    public static final String STRING = "string";
    public static final String COMMENT = "comment";
    public static final String NUMBER = "number";
    public static final String ANNOTATION = "annotation";
    public static final String PREPROCESSOR = "preprocessor";

    private static final Collection<String> PLAIN = Collections.emptyList();
    private static final Map<String, SyntaxHighlighter> CACHE = new ConcurrentHashMap<>();

    // Shared pieces. Unterminated literals run to the end of the line (or of the text for multi-line ones),
    // so that typing an opening quote colours what follows, as editors do.
    private static final String DQ = "\"[^\"\\\\\\n]*+(?:\\\\[\\s\\S][^\"\\\\\\n]*+)*+\"?";
    private static final String SQ = "'[^'\\\\\\n]*+(?:\\\\[\\s\\S][^'\\\\\\n]*+)*+'?";
    private static final String LINE_COMMENT = "//[^\\n]*+";
    private static final String BLOCK_COMMENT = "/\\*[\\s\\S]*?(?:\\*/|\\z)";
    private static final String NUMBER_C = "(?:0[xXbBoO][0-9a-fA-F_]++|\\d[\\d_]*+(?:\\.[\\d_]*+)?(?:[eE][+-]?\\d++)?"
            + "|\\.\\d[\\d_]*+(?:[eE][+-]?\\d++)?)\\w*+";
    private static final String IDENT = "[A-Za-z_$][\\w$]*+";

    private final String languageId;
    private final Pattern pattern;
    private final List<Token> tokens;

    private SyntaxHighlighter(String languageId, List<Token> tokens) {
        this.languageId = languageId;
        this.tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            this.pattern = null;
            return;
        }
        StringBuilder regex = new StringBuilder();
        int group = 1;
        for (Token token : tokens) {
            if (regex.length() > 0) {
                regex.append('|');
            }
            regex.append('(').append(token.regex).append(')');
            token.group = group;
            group += 1 + Pattern.compile(token.regex).matcher("").groupCount();
        }
        this.pattern = Pattern.compile(regex.toString());
    }

    /** The highlighter for a language id ("python", "javascript", "java", "cpp", "go", "php"); unknown: plain. */
    public static SyntaxHighlighter forLanguage(String languageId) {
        String id = languageId == null ? "" : languageId.trim().toLowerCase(Locale.ROOT);
        return CACHE.computeIfAbsent(id, SyntaxHighlighter::build);
    }

    public String languageId() {
        return languageId;
    }

    /** Style spans covering the whole text; unstyled stretches have an empty collection. */
    public StyleSpans<Collection<String>> highlight(String text) {
        String source = text == null ? "" : text;
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        if (pattern != null) {
            Matcher m = pattern.matcher(source);
            while (m.find()) {
                Collection<String> style = styleOf(m);
                if (style == PLAIN || m.end() == m.start()) {
                    continue;
                }
                if (m.start() > last) {
                    spans.add(PLAIN, m.start() - last);
                }
                spans.add(style, m.end() - m.start());
                last = m.end();
            }
        }
        // Always one span, even for empty text: the builder refuses to create none.
        spans.add(PLAIN, source.length() - last);
        return spans.create();
    }

    private Collection<String> styleOf(Matcher m) {
        for (Token token : tokens) {
            if (m.start(token.group) >= 0) {
                return token.classify.apply(m.group(token.group));
            }
        }
        return PLAIN;
    }

    private static SyntaxHighlighter build(String id) {
        return switch (id) {
            case "python", "py", "python3" -> python();
            case "javascript", "js", "node" -> javascript();
            case "java" -> java();
            case "cpp", "c++", "cc", "c" -> cpp();
            case "go", "golang" -> go();
            case "php" -> php();
            default -> new SyntaxHighlighter(id, List.of());
        };
    }

    // --- languages -------------------------------------------------------------------------------------

    private static SyntaxHighlighter python() {
        Set<String> keywords = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break",
                "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
                "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
                "while", "with", "yield", "self", "cls");
        Set<String> types = Set.of("int", "float", "str", "bool", "bytes", "list", "dict", "set", "frozenset",
                "tuple", "object", "complex", "range", "type");
        String prefix = "(?:[rRbBuUfF]{1,2})?";
        String triple = prefix + "(?:\"\"\"[^\"\\\\]*+(?:(?:\\\\[\\s\\S]|\"(?!\"\"))[^\"\\\\]*+)*+(?:\"\"\"|\\z)"
                + "|'''[^'\\\\]*+(?:(?:\\\\[\\s\\S]|'(?!''))[^'\\\\]*+)*+(?:'''|\\z))";
        List<Token> tokens = new ArrayList<>();
        tokens.add(Token.of(COMMENT, "#[^\\n]*+"));
        tokens.add(Token.of(STRING, triple));
        tokens.add(Token.of(STRING, prefix + "(?:" + DQ + "|" + SQ + ")"));
        tokens.add(Token.of(ANNOTATION, "@" + "[A-Za-z_][\\w.]*+"));
        tokens.add(Token.of(NUMBER, NUMBER_C));
        tokens.add(Token.identifiers("[A-Za-z_]\\w*+", keywords, types, true));
        return new SyntaxHighlighter("python", tokens);
    }

    private static SyntaxHighlighter javascript() {
        Set<String> keywords = Set.of("break", "case", "catch", "class", "const", "continue", "debugger",
                "default", "delete", "do", "else", "export", "extends", "finally", "for", "function", "if",
                "import", "in", "instanceof", "let", "new", "return", "super", "switch", "this", "throw", "try",
                "typeof", "var", "void", "while", "with", "yield", "async", "await", "static", "null",
                "undefined", "true", "false", "NaN", "Infinity", "of");
        // The whole template literal is one string, ${…} included: nesting needs a parser, not a pattern.
        String template = "`[^`\\\\]*+(?:\\\\[\\s\\S][^`\\\\]*+)*+`?";
        // A slash starts a regular expression only where a value is expected; elsewhere it divides.
        String regexLiteral = "(?<=(?:(?m:^)|[(,=:\\[!&|?{};+\\-*%<>~^])[ \\t]{0,40})/(?![*/])"
                + "(?:[^/\\\\\\[\\n]|\\\\.|\\[(?:[^\\]\\\\\\n]|\\\\.)*+\\])++/[dgimsuyv]*+";
        List<Token> tokens = new ArrayList<>();
        tokens.add(Token.of(COMMENT, LINE_COMMENT));
        tokens.add(Token.of(COMMENT, BLOCK_COMMENT));
        tokens.add(Token.of(STRING, template));
        tokens.add(Token.of(STRING, DQ + "|" + SQ));
        tokens.add(Token.of(STRING, regexLiteral));
        tokens.add(Token.of(NUMBER, NUMBER_C));
        tokens.add(Token.identifiers(IDENT, keywords, Set.of(), true));
        return new SyntaxHighlighter("javascript", tokens);
    }

    private static SyntaxHighlighter java() {
        Set<String> keywords = Set.of("abstract", "assert", "break", "case", "catch", "class", "const",
                "continue", "default", "do", "else", "enum", "extends", "final", "finally", "for", "goto", "if",
                "implements", "import", "instanceof", "interface", "native", "new", "package", "private",
                "protected", "public", "return", "static", "strictfp", "super", "switch", "synchronized", "this",
                "throw", "throws", "transient", "try", "volatile", "while", "var", "record", "yield", "sealed",
                "permits", "true", "false", "null");
        Set<String> types = Set.of("boolean", "byte", "char", "double", "float", "int", "long", "short", "void");
        String textBlock = "\"\"\"[^\"\\\\]*+(?:(?:\\\\[\\s\\S]|\"(?!\"\"))[^\"\\\\]*+)*+(?:\"\"\"|\\z)";
        List<Token> tokens = new ArrayList<>();
        tokens.add(Token.of(COMMENT, LINE_COMMENT));
        tokens.add(Token.of(COMMENT, BLOCK_COMMENT));
        tokens.add(Token.of(STRING, textBlock));
        tokens.add(Token.of(STRING, DQ + "|" + SQ));
        tokens.add(Token.of(ANNOTATION, "@[A-Za-z_][\\w.]*+"));
        tokens.add(Token.of(NUMBER, NUMBER_C));
        tokens.add(Token.identifiers("[A-Za-z_$][\\w$]*+", keywords, types, true));
        return new SyntaxHighlighter("java", tokens);
    }

    private static SyntaxHighlighter cpp() {
        Set<String> keywords = Set.of("alignas", "alignof", "and", "asm", "break", "case", "catch", "class",
                "const", "consteval", "constexpr", "constinit", "const_cast", "continue", "decltype", "default",
                "delete", "do", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "for",
                "friend", "goto", "if", "inline", "mutable", "namespace", "new", "noexcept", "not", "nullptr",
                "operator", "or", "private", "protected", "public", "register", "reinterpret_cast", "return",
                "sizeof", "static", "static_assert", "static_cast", "struct", "switch", "template", "this",
                "thread_local", "throw", "true", "try", "typedef", "typeid", "typename", "union", "using",
                "virtual", "volatile", "while", "override", "final", "NULL");
        Set<String> types = Set.of("auto", "bool", "char", "char16_t", "char32_t", "char8_t", "double", "float",
                "int", "long", "short", "signed", "unsigned", "void", "wchar_t", "size_t", "int8_t", "int16_t",
                "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "string", "vector", "map",
                "unordered_map", "set", "unordered_set", "multiset", "multimap", "pair", "tuple", "queue",
                "priority_queue", "stack", "deque", "list", "array", "bitset", "string_view", "optional",
                "function", "greater", "less");
        List<Token> tokens = new ArrayList<>();
        tokens.add(Token.of(COMMENT, LINE_COMMENT));
        tokens.add(Token.of(COMMENT, BLOCK_COMMENT));
        // #include <vector>: the directive and its angle-bracket header; a "header.h" stays a string.
        tokens.add(Token.of(PREPROCESSOR, "(?m:^)[ \\t]*+#[ \\t]*+[A-Za-z_]\\w*+(?:[ \\t]*+<[^>\\n]*+>)?"));
        tokens.add(Token.of(STRING, "(?:u8|[uUL])?R\"(?<rawDelim>[^()\\\\\\s\"]{0,16})\\([\\s\\S]*?(?:\\)\\k<rawDelim>\"|\\z)"));
        tokens.add(Token.of(STRING, "(?:u8|[uUL])?(?:" + DQ + "|" + SQ + ")"));
        tokens.add(Token.of(NUMBER, "(?:0[xXbB][0-9a-fA-F']++|\\d++(?:'\\d++)*+(?:\\.\\d*+)?(?:[eE][+-]?\\d++)?"
                + "|\\.\\d++(?:[eE][+-]?\\d++)?)\\w*+"));
        tokens.add(Token.identifiers("[A-Za-z_]\\w*+", keywords, types, true));
        return new SyntaxHighlighter("cpp", tokens);
    }

    private static SyntaxHighlighter go() {
        Set<String> keywords = Set.of("break", "case", "chan", "const", "continue", "default", "defer", "else",
                "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
                "return", "select", "struct", "switch", "type", "var", "nil", "true", "false", "iota");
        Set<String> types = Set.of("bool", "byte", "complex64", "complex128", "error", "float32", "float64",
                "int", "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32",
                "uint64", "uintptr", "any");
        List<Token> tokens = new ArrayList<>();
        tokens.add(Token.of(COMMENT, LINE_COMMENT));
        tokens.add(Token.of(COMMENT, BLOCK_COMMENT));
        tokens.add(Token.of(STRING, "`[^`]*+`?"));
        tokens.add(Token.of(STRING, DQ + "|" + SQ));
        tokens.add(Token.of(NUMBER, NUMBER_C));
        // Capitalised names are exported identifiers in Go (fmt.Println), not types: only the set counts.
        tokens.add(Token.identifiers("[A-Za-z_]\\w*+", keywords, types, false));
        return new SyntaxHighlighter("go", tokens);
    }

    private static SyntaxHighlighter php() {
        Set<String> keywords = Set.of("abstract", "and", "array", "as", "break", "callable", "case", "catch",
                "class", "clone", "const", "continue", "declare", "default", "do", "echo", "else", "elseif",
                "empty", "enddeclare", "endfor", "endforeach", "endif", "endswitch", "endwhile", "enum", "extends",
                "final", "finally", "fn", "for", "foreach", "function", "global", "goto", "if", "implements",
                "include", "include_once", "instanceof", "insteadof", "interface", "isset", "list", "match",
                "namespace", "new", "or", "print", "private", "protected", "public", "readonly", "require",
                "require_once", "return", "static", "switch", "throw", "trait", "try", "unset", "use", "var",
                "while", "xor", "yield", "true", "false", "null", "self", "parent", "$this");
        Set<String> types = Set.of("int", "float", "string", "bool", "void", "mixed", "object", "iterable",
                "never", "integer", "double", "boolean");
        String heredoc = "<<<[ \\t]*+(?<hdQuote>[\"']?)(?<hdLabel>[A-Za-z_]\\w*+)\\k<hdQuote>[\\s\\S]*?"
                + "(?:\\R[ \\t]*+\\k<hdLabel>\\b|\\z)";
        List<Token> tokens = new ArrayList<>();
        tokens.add(Token.of(PREPROCESSOR, "<\\?(?:php\\b|=)?|\\?>"));
        tokens.add(Token.of(ANNOTATION, "#\\[[^\\]\\n]*+\\]?"));
        tokens.add(Token.of(COMMENT, "(?://|#)[^\\n]*+"));
        tokens.add(Token.of(COMMENT, BLOCK_COMMENT));
        tokens.add(Token.of(STRING, heredoc));
        tokens.add(Token.of(STRING, DQ + "|" + SQ));
        tokens.add(Token.of(NUMBER, NUMBER_C));
        // Keywords are case-insensitive in PHP; a $variable named like one is still a variable.
        tokens.add(new Token("\\$?[A-Za-z_]\\w*+", word -> {
            String lower = word.toLowerCase(Locale.ROOT);
            if (keywords.contains(lower)) {
                return Token.style(KEYWORD);
            }
            if (word.startsWith("$")) {
                return PLAIN;
            }
            if (types.contains(lower) || Token.looksLikeType(word)) {
                return Token.style(TYPE);
            }
            return PLAIN;
        }));
        return new SyntaxHighlighter("php", tokens);
    }

    /** One alternative of the combined pattern and how a match of it is styled. */
    private static final class Token {
        private static final Map<String, Collection<String>> STYLES = new ConcurrentHashMap<>();

        final String regex;
        final Function<String, Collection<String>> classify;
        int group;

        Token(String regex, Function<String, Collection<String>> classify) {
            this.regex = regex;
            this.classify = classify;
        }

        static Token of(String styleClass, String regex) {
            Collection<String> style = style(styleClass);
            return new Token(regex, ignored -> style);
        }

        static Token identifiers(String regex, Set<String> keywords, Set<String> types, boolean capitalisedTypes) {
            Collection<String> keyword = style(KEYWORD);
            Collection<String> type = style(TYPE);
            return new Token(regex, word -> {
                if (keywords.contains(word)) {
                    return keyword;
                }
                if (types.contains(word) || (capitalisedTypes && looksLikeType(word))) {
                    return type;
                }
                return PLAIN;
            });
        }

        /** ListNode, TreeNode, HashMap: a capital then a lower-case letter somewhere; MAX_N is a constant. */
        static boolean looksLikeType(String word) {
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

        static Collection<String> style(String styleClass) {
            return STYLES.computeIfAbsent(styleClass, Collections::singletonList);
        }
    }
}
