package dev.codedrill.ui.editor;

import java.util.function.IntPredicate;

/** Finds the partner of a bracket by counting nesting, skipping positions the caller says are not code. */
final class Brackets {

    /** Past this distance we stop looking: a caret move must stay cheap in a huge file. */
    static final int MAX_DISTANCE = 50_000;

    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";

    private Brackets() {
    }

    static boolean isBracket(char c) {
        return OPEN.indexOf(c) >= 0 || CLOSE.indexOf(c) >= 0;
    }

    /** The index of the bracket matching the one at {@code at}, or -1; {@code skip} marks strings and comments. */
    static int match(CharSequence text, int at, IntPredicate skip) {
        char c = text.charAt(at);
        int open = OPEN.indexOf(c);
        int close = CLOSE.indexOf(c);
        if (open < 0 && close < 0) {
            return -1;
        }
        char self = c;
        char partner = open >= 0 ? CLOSE.charAt(open) : OPEN.charAt(close);
        int step = open >= 0 ? 1 : -1;
        int depth = 0;
        int limit = open >= 0 ? Math.min(text.length(), at + MAX_DISTANCE) : Math.max(-1, at - MAX_DISTANCE);
        for (int i = at + step; i != limit; i += step) {
            char ch = text.charAt(i);
            if (ch != self && ch != partner) {
                continue;
            }
            if (skip.test(i)) {
                continue;
            }
            if (ch == self) {
                depth++;
            } else if (depth == 0) {
                return i;
            } else {
                depth--;
            }
        }
        return -1;
    }
}
