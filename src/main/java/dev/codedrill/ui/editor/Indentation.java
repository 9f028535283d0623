package dev.codedrill.ui.editor;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.support.Indenting;
import dev.codedrill.lang.support.LanguageSupport;

/** What Enter, Tab, Shift+Tab and Backspace do to leading whitespace; plain string logic. */
final class Indentation {

    static final int WIDTH = 4;
    static final String UNIT = " ".repeat(WIDTH);

    private Indentation() {
    }

    /** The run of spaces and tabs that starts {@code line}. */
    static String leading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    /**
     * Whether a new line after {@code beforeCaret} goes one level deeper: the line ends with one of the language's
     * block openers ({@link Indenting}: an open bracket, Python's colon), past a comment it looks beyond.
     */
    static boolean opensBlock(String beforeCaret, String languageId) {
        Indenting rules = LanguageSupports.find(languageId).map(LanguageSupport::indenting).orElse(Indenting.BRACES);
        String code = rules.lineComment() == 0 ? beforeCaret : withoutComment(beforeCaret, rules.lineComment());
        code = code.stripTrailing();
        return !code.isEmpty() && rules.opens(code.charAt(code.length() - 1));
    }

    /** What Enter inserts: a newline and the indentation, or for {|} the block opened and closed. */
    static Insertion newline(String beforeCaret, char afterCaret, String languageId) {
        String indent = leading(beforeCaret);
        if (!opensBlock(beforeCaret, languageId)) {
            return new Insertion("\n" + indent, 1 + indent.length());
        }
        String inner = "\n" + indent + UNIT;
        char open = beforeCaret.stripTrailing().charAt(beforeCaret.stripTrailing().length() - 1);
        if (closes(open, afterCaret)) {
            return new Insertion(inner + "\n" + indent, inner.length());
        }
        return new Insertion(inner, inner.length());
    }

    /** How many characters of {@code line}'s leading whitespace one dedent removes: a tab, or up to 4 spaces. */
    static int dedentWidth(String line) {
        if (line.startsWith("\t")) {
            return 1;
        }
        int n = 0;
        while (n < WIDTH && n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /**
     * How many spaces Backspace deletes at column {@code beforeCaret.length()}: back to the previous indent
     * stop when only spaces precede the caret, else 0 (an ordinary one-character backspace).
     */
    static int smartBackspace(String beforeCaret) {
        if (beforeCaret.isEmpty() || !beforeCaret.chars().allMatch(c -> c == ' ')) {
            return 0;
        }
        int remove = beforeCaret.length() % WIDTH;
        return remove == 0 ? WIDTH : remove;
    }

    private static boolean closes(char open, char close) {
        return (open == '{' && close == '}') || (open == '(' && close == ')') || (open == '[' && close == ']');
    }

    /** The line up to a comment that starts with {@code marker} outside a quoted string. */
    private static String withoutComment(String line, char marker) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == marker) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Text to insert and where the caret goes, as an offset into it. */
    record Insertion(String text, int caretOffset) {
    }
}
