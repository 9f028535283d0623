package dev.codedrill.judge;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One test's outcome, with what a learner needs to see.
 *
 * @param verdict null when the test did not run (an earlier test used up the time)
 * @param input    the input as shown (JSON for function problems, the stdin text for stdio)
 * @param actual   what the code returned or printed; null when it produced nothing
 * @param stdout   the code's own prints during this test (function problems)
 */
public record TestResult(int index, String name, boolean sample, Verdict verdict, double timeMs, String input,
                         String expected, String actual, String stdout, String error) {

    /** The bytes of a value that are kept and shown: past them, "… N more bytes". */
    public static final int VALUE_CAP = 64 * 1024;

    public boolean ran() {
        return verdict != null;
    }

    /** The same test, as one that did not run. */
    public TestResult notRun() {
        return new TestResult(index, name, sample, null, 0, input, expected, null, "", "");
    }

    /** The same test with each value cut at {@code cap} bytes of UTF-8, ending in "… N more bytes" when cut. */
    public TestResult cut(int cap) {
        return new TestResult(index, name, sample, verdict, timeMs, cut(input, cap), cut(expected, cap),
                cut(actual, cap), cut(stdout, cap), cut(error, cap));
    }

    /** The last line of a value cut by {@link #cut}. */
    private static final Pattern CUT_LINE = Pattern.compile("\n… (\\d{1,18}) more bytes\n?\\z");
    /** Room for that line after the cap. */
    private static final int CUT_LINE_ROOM = 40;

    /**
     * {@code value} cut at {@code cap} bytes of UTF-8 (never inside a character), ending in a line "… N more bytes";
     * a value that fits, or was cut so already, is returned as it is.
     */
    public static String cut(String value, int cap) {
        if (value == null || value.length() <= cap / 4) {
            return value; // at most 4 bytes a character: it fits
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= cap || bytes.length <= cap + CUT_LINE_ROOM && CUT_LINE.matcher(
                value.substring(Math.max(0, value.length() - CUT_LINE_ROOM))).find()) {
            return value;
        }
        int end = cap;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--; // back to the start of the character the cap falls in
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8) + "\n… " + (bytes.length - end) + " more bytes";
    }
}
