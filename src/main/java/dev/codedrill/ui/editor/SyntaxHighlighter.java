package dev.codedrill.ui.editor;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.support.Highlighting;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>Each language is one combined pattern made of the rules of its {@link Highlighting} (in its
 * {@code LanguageSupport}), whose alternatives are the token kinds, longest-reaching first (comments and strings
 * before anything that could start inside them). Identifiers are one alternative and are classified by set
 * look-up, which is faster than a keyword alternation and never matches a keyword inside a longer name.
 *
 * <p>Style classes: {@code keyword}, {@code type}, {@code string}, {@code comment}, {@code number},
 * {@code annotation} (Java annotations, Python decorators, PHP attributes), {@code preprocessor} (C++
 * directives, PHP open/close tags); plain text has no class.
 */
public final class SyntaxHighlighter {

    public static final String KEYWORD = Highlighting.KEYWORD;
    public static final String TYPE = Highlighting.TYPE;
    public static final String STRING = Highlighting.STRING;
    public static final String COMMENT = Highlighting.COMMENT;
    public static final String NUMBER = Highlighting.NUMBER;
    public static final String ANNOTATION = Highlighting.ANNOTATION;
    public static final String PREPROCESSOR = Highlighting.PREPROCESSOR;

    private static final Collection<String> PLAIN = Collections.emptyList();
    private static final Map<String, SyntaxHighlighter> CACHE = new ConcurrentHashMap<>();

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

    /** The highlighter for a language id or alias ({@link LanguageSupports#byName}); unknown: plain. */
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

    private static SyntaxHighlighter build(String name) {
        return LanguageSupports.byName(name)
                .map(language -> new SyntaxHighlighter(language.id(), language.highlighting().rules().stream()
                        .map(Token::of).toList()))
                .orElseGet(() -> new SyntaxHighlighter(name, List.of()));
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

        static Token of(Highlighting.Rule rule) {
            return new Token(rule.regex(), word -> {
                String styleClass = rule.classify().apply(word);
                return styleClass == null ? PLAIN : style(styleClass);
            });
        }

        static Collection<String> style(String styleClass) {
            return STYLES.computeIfAbsent(styleClass, Collections::singletonList);
        }
    }
}
