package dev.codedrill.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codedrill.judge.JudgeResult;
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
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("problem", problemId);
        root.put("language", languageId);
        root.put("mode", mode.name());
        root.put("verdict", result.verdict().code());
        root.put("passed", result.passed());
        root.put("total", result.total());
        root.put("timeMs", Math.round(result.timeMs()));
        detail(result.verdict()).ifPresentOrElse(d -> root.put("detail", d), () -> root.putNull("detail"));
        ArrayNode tests = root.putArray("tests");
        for (TestResult t : result.tests()) {
            ObjectNode test = tests.addObject();
            test.put("index", t.index());
            test.put("name", t.name());
            test.put("sample", t.sample());
            test.put("verdict", t.ran() ? t.verdict().code() : "NOT_RUN");
            test.put("timeMs", Math.round(t.timeMs() * 10) / 10.0);
            test.put("input", t.input());
            test.put("expected", t.expected());
            test.put("actual", t.actual());
            test.put("stdout", t.stdout());
            test.put("error", t.error());
        }
        return root;
    }

    static void table(PrintWriter out, String problemId, String languageId, RunMode mode, JudgeResult result) {
        out.printf("%s — %d/%d tests passed, %d ms (%s, %s, %s)%n", result.verdict().label(), result.passed(),
                result.total(), Math.round(result.timeMs()), problemId, languageId, mode.name().toLowerCase(Locale.ROOT));
        detail(result.verdict()).ifPresent(d -> out.println(indent(d)));
        if (result.tests().isEmpty()) {
            return;
        }
        out.printf("%n  %-4s %-34s %-22s %9s%n", "#", "test", "verdict", "time");
        boolean shownFailure = false;
        for (TestResult t : result.tests()) {
            out.printf("  %-4d %-34s %-22s %9s%n", t.index() + 1, cut(t.name() + (t.sample() ? " (sample)" : ""), 34),
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
        if (verdict instanceof Verdict.CompilationError ce) {
            return java.util.Optional.of(ce.compilerOutput());
        }
        if (verdict instanceof Verdict.InternalError ie) {
            return java.util.Optional.of(ie.reason());
        }
        return java.util.Optional.empty();
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }

    private static String cut(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max) + "… (" + t.length() + " chars)";
    }
}
