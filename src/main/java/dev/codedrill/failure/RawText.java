package dev.codedrill.failure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells text written for people from what a machine wrote: a Java exception's class name ({@code
 * java.io.IOException}, {@code NumberFormatException}) or a parser's raw message ({@code For input string: ""},
 * Jackson's {@code Unexpected character ('x' (code 120))}).
 */
public final class RawText {

    private static final List<Pattern> RAW = List.of(
            Pattern.compile("\\b([a-z][a-z0-9_]*\\.)+[A-Z]\\w*(Exception|Error)\\b"),
            Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b"),
            Pattern.compile("For input string"),
            Pattern.compile("\\(code -?\\d+\\)"),
            Pattern.compile("Unexpected (character|end-of-input|close marker|token)"),
            Pattern.compile("Unrecognized (token|field)"),
            Pattern.compile("Cannot (deserialize|construct instance|coerce)"),
            Pattern.compile("\\[Source: "),
            Pattern.compile("was expecting"),
            Pattern.compile("\\bat [a-z]+(\\.[a-zA-Z$_0-9]+)+\\("));

    private RawText() {
    }

    /** True when nothing in the text is a class name or a raw parser message. */
    public static boolean isPlain(String text) {
        return text != null && RAW.stream().noneMatch(p -> p.matcher(text).find());
    }

    /**
     * The plain part of a message: its first line, cut before the first ": "-separated part that is not plain (the
     * part a wrapped exception added, say). Empty when even the first part is not plain.
     */
    public static String plainPart(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        List<String> kept = new ArrayList<>();
        for (String part : line.split(": ")) {
            if (!isPlain(part)) {
                break;
            }
            kept.add(part);
        }
        return String.join(": ", kept).strip();
    }

    /** The text's first part with no class name in it, as {@link #plainPart} cuts it. */
    public static String firstPart(String message) {
        String plain = plainPart(message);
        int colon = plain.indexOf(": ");
        return colon < 0 ? plain : plain.substring(0, colon);
    }
}
