package dev.codedrill.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rule for every message a learner or an instructor reads: no Java exception's class name, no raw parser
 * message. Written here on its own, not borrowed from the code under test, so that a mistake there cannot hide.
 */
public final class PlainText {

    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\b([a-z]+\\.)+[A-Z]\\w*(Exception|Error)\\b"),
            Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b"),
            Pattern.compile("For input string"),
            Pattern.compile("Unexpected character \\("),
            Pattern.compile("\\(code \\d+\\)"),
            Pattern.compile("\\n\\s+at [a-z]"));

    private PlainText() {
    }

    /** Fails when the message has a class name or a raw parser message in it (or is blank). */
    public static void assertPlain(String message) {
        assertThat(message).as("a message for people").isNotBlank();
        for (Pattern p : FORBIDDEN) {
            assertThat(p.matcher(message).find()).as("'%s' in:%n%s", p, message).isFalse();
        }
    }
}
