package dev.codedrill.lang.support;

/**
 * How the editor indents a language: a new line after one of {@code openers} (ignoring a trailing comment that starts
 * with {@code lineComment}, when given) goes one level deeper.
 *
 * @param openers     the characters that open a block at the end of a line: {@code "{(["}, and Python's {@code ':'}
 * @param lineComment the character that starts a comment the editor looks past, or 0 for none
 */
public record Indenting(String openers, char lineComment) {

    /** Braces, parentheses and brackets open a block; comments are not looked past. */
    public static final Indenting BRACES = new Indenting("{([", (char) 0);

    public boolean opens(char last) {
        return openers.indexOf(last) >= 0;
    }
}
