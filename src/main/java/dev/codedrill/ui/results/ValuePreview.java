package dev.codedrill.ui.results;

/**
 * The start of a value, as much as the results panel puts on screen at once: a text control holding thousands of
 * lines takes the FX thread seconds to lay out and draw, so a long value shows its first lines and then
 * "… N more bytes" (N counting what the judge or {@link ValueCap} left out too); the whole kept value is a click
 * away ({@link ValueWindow}). Reads at most the value's size once (bounded by {@link ValueCap}).
 *
 * @param text     what to show
 * @param complete whether {@code text} shows all that is kept of the value (a value the judge cut says so itself)
 */
public record ValuePreview(String text, boolean complete) {

    /** The bounds of an input or output value. */
    public static final int VALUE_LINES = 50;
    public static final int VALUE_CHARS = 5_000;
    /** The bounds of a tool's output (the compiler's, an error with its stack trace). */
    public static final int TOOL_LINES = 100;
    public static final int TOOL_CHARS = 10_000;

    /** The preview of an input or output value; null reads as empty. */
    public static ValuePreview of(String value) {
        return of(value, VALUE_LINES, VALUE_CHARS);
    }

    /** The value's first {@code maxLines} lines, at most {@code maxChars} characters of them. */
    public static ValuePreview of(String value, int maxLines, int maxChars) {
        if (value == null) {
            return new ValuePreview("", true);
        }
        if (value.length() <= maxChars && value.lines().limit(maxLines + 1L).count() <= maxLines) {
            return new ValuePreview(value, true);
        }
        ValueCap.Split split = ValueCap.split(value);
        String kept = split.kept();
        int end = Math.min(kept.length(), maxChars);
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (kept.charAt(i) == '\n' && ++lines == maxLines) {
                end = i + 1;
                break;
            }
        }
        if (end > 0 && end < kept.length() && Character.isHighSurrogate(kept.charAt(end - 1))) {
            end--; // never half a character
        }
        if (end >= kept.length()) {
            return new ValuePreview(value, true);
        }
        String head = kept.substring(0, end);
        long more = ValueCap.utf8Bytes(kept, end) + split.moreBytes();
        return new ValuePreview(head + (head.endsWith("\n") ? "" : "\n") + "… " + more + " more bytes", false);
    }
}
