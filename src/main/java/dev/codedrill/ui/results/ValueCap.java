package dev.codedrill.ui.results;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.TestResult;
import dev.codedrill.judge.Verdict;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The most of a value (an input, an expected or actual output, the prints, an error) the results panel keeps:
 * 64 KiB of its UTF-8 text, then a line "… N more bytes" saying how much was left out (the new line before "…" is
 * not part of the value). The judge stores values cut the same way; rows judged before it did may hold whole values
 * of many megabytes, so every result is cut here before the panel sees it. The panel puts only the start of a kept
 * value on screen ({@link ValuePreview}). Cutting reads the whole value: call it off the FX thread.
 */
public final class ValueCap {

    /** The bytes of a value shown, before the line saying how many more there were. */
    public static final int LIMIT_BYTES = TestResult.VALUE_CAP;

    /** The judge's (and this class's) last line of a cut value. */
    private static final Pattern CUT_LINE = Pattern.compile("\n… (\\d{1,18}) more bytes\n?\\z");
    /** Room for that line after a value the judge cut at {@link #LIMIT_BYTES}. */
    private static final int CUT_LINE_ROOM = 40;

    private ValueCap() {
    }

    /** The result with every value, and the verdict's own text, cut to the cap. */
    public static JudgeResult cut(JudgeResult result) {
        List<TestResult> tests = result.tests().stream().map(ValueCap::cut).toList();
        return new JudgeResult(cut(result.verdict()), result.passed(), result.total(), result.timeMs(), tests,
                result.compileCached());
    }

    static TestResult cut(TestResult t) {
        return new TestResult(t.index(), t.name(), t.sample(), cut(t.verdict()), t.timeMs(), cut(t.input()),
                cut(t.expected()), cut(t.actual()), cut(t.stdout()), cut(t.error()));
    }

    static Verdict cut(Verdict verdict) {
        if (verdict instanceof Verdict.CompilationError ce) {
            return new Verdict.CompilationError(cut(ce.compilerOutput()));
        }
        if (verdict instanceof Verdict.RuntimeError re) {
            return new Verdict.RuntimeError(cut(re.error()));
        }
        if (verdict instanceof Verdict.InternalError ie) {
            return new Verdict.InternalError(cut(ie.reason()));
        }
        return verdict;
    }

    /**
     * The value as shown: itself when it fits (or was already cut by the judge), else its first
     * {@link #LIMIT_BYTES} bytes (never half a character) and a line "… N more bytes". null stays null.
     */
    public static String cut(String value) {
        return TestResult.cut(value, LIMIT_BYTES);
    }

    /**
     * A value split from the line saying it was cut.
     *
     * @param kept      the value without that line
     * @param moreBytes the bytes that line says were cut; 0 when the value is whole
     */
    public record Split(String kept, long moreBytes) {
    }

    /** The value without its last line saying it was cut, and how many bytes that line says were left out. */
    public static Split split(String value) {
        if (value == null) {
            return new Split("", 0);
        }
        int tail = Math.max(0, value.length() - CUT_LINE_ROOM);
        Matcher m = CUT_LINE.matcher(value.substring(tail));
        if (!m.find()) {
            return new Split(value, 0);
        }
        return new Split(value.substring(0, tail + m.start()), Long.parseLong(m.group(1)));
    }

    /** The UTF-8 size of {@code text} from {@code from} on. */
    static long utf8Bytes(String text, int from) {
        long bytes = 0;
        for (int i = from; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            bytes += utf8Bytes(codePoint);
            i += Character.charCount(codePoint);
        }
        return bytes;
    }

    private static int utf8Bytes(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
