package dev.codedrill.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeResultJson;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.TestResult;
import dev.codedrill.judge.Verdict;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a judged submission: a verdict line and a per-test table, or one JSON object. */
final class JudgeReport {

    private static final int SHOWN = 300;

    private JudgeReport() {
    }

    static ObjectNode json(String problemId, String languageId, RunMode mode, JudgeResult result) {
        return JudgeResultJson.of(problemId, languageId, mode, result);
    }

    static void table(PrintWriter out, String problemId, String languageId, RunMode mode, JudgeResult result) {
        out.printf("%s — %d/%d tests passed, %d ms (%s, %s, %s)%n", result.verdict().label(), result.passed(),
                result.total(), Math.round(result.timeMs()), problemId, languageId, mode.name().toLowerCase(Locale.ROOT));
        // a runtime error's text is its test's, shown below, unless no test carries it (the code did not load)
        boolean onATest = result.tests().stream().anyMatch(t -> t.ran() && !t.error().isBlank());
        if (!(result.verdict() instanceof Verdict.RuntimeError) || !onATest) {
            detail(result.verdict()).ifPresent(d -> out.println(indent(d)));
        }
        if (result.tests().isEmpty()) {
            return;
        }
        out.printf("%n  %-4s %-34s %-22s %9s%n", "#", "test", "verdict", "time");
        boolean shownFailure = false;
        for (TestResult t : result.tests()) {
            out.printf("  %-4d %-34s %-22s %9s%n", t.index() + 1, cell(t.name() + (t.sample() ? " (sample)" : ""), 34),
                    t.ran() ? t.verdict().label() : "not run", t.ran() ? String.format("%.1f ms", t.timeMs()) : "");
            if (t.ran() && !t.verdict().accepted() && !shownFailure) {
                shownFailure = true;
                out.println("       input:    " + cut(t.input(), SHOWN));
                out.println("       expected: " + cut(t.expected(), SHOWN));
                out.println("       actual:   " + (t.actual() == null ? "(nothing)" : cut(t.actual(), SHOWN)));
                if (!t.error().isBlank()) {
                    out.println("       error:    " + cut(t.error(), SHOWN * 3).replace("\n", "\n                 "));
                }
            }
            if (t.ran() && !t.stdout().isEmpty() && (mode == RunMode.CUSTOM || !t.verdict().accepted())) {
                out.println("       stdout:   " + cut(t.stdout(), SHOWN).replace("\n", "\n                 "));
            }
        }
    }

    private static java.util.Optional<String> detail(Verdict verdict) {
        return JudgeResultJson.detail(verdict);
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }

    /** A table cell: at most {@code width} characters, so the columns after it stay aligned. */
    private static String cell(String text, int width) {
        String t = text.strip();
        return t.length() <= width ? t : t.substring(0, width - 1) + "…";
    }

    private static String cut(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max) + "… (" + t.length() + " chars)";
    }
}
