package dev.codedrill.judge;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole run: the verdict (its first failing test's), the count passed, the time, and every test.
 *
 * @param compileCached the code was not compiled for this run: its compiled artifacts came from the judge's compile
 *                      cache (the same source, harness and compiler had been compiled before)
 */
public record JudgeResult(Verdict verdict, int passed, int total, double timeMs, List<TestResult> tests,
                          boolean compileCached) {

    public JudgeResult {
        tests = List.copyOf(tests);
    }

    public JudgeResult(Verdict verdict, int passed, int total, double timeMs, List<TestResult> tests) {
        this(verdict, passed, total, timeMs, tests, false);
    }

    /** The verdict of a run that never reached its tests (compile error, internal error). */
    public static JudgeResult without(Verdict verdict, List<TestResult> notRun) {
        return new JudgeResult(verdict, 0, notRun.size(), 0, notRun);
    }

    /** Each test's verdict in order; the first failure decides. */
    public static JudgeResult of(List<TestResult> tests) {
        Verdict verdict = new Verdict.Accepted();
        int passed = 0;
        double time = 0;
        for (TestResult t : tests) {
            time += t.timeMs();
            if (t.verdict() != null && t.verdict().accepted()) {
                passed++;
            } else if (verdict.accepted()) {
                verdict = t.verdict() != null ? t.verdict() : new Verdict.InternalError("test " + t.name() + " did not run");
            }
        }
        return new JudgeResult(verdict, passed, tests.size(), time, tests);
    }

    /**
     * The result as a submission that stops at its first failure shows it: the tests after the first one that was not
     * accepted are not run (a runner may have got further before it knew; those results are not judged).
     */
    public JudgeResult stoppedAtFirstFailure() {
        List<TestResult> shown = new ArrayList<>(tests.size());
        boolean failed = false;
        for (TestResult t : tests) {
            shown.add(failed ? t.notRun() : t);
            failed |= t.ran() && !t.verdict().accepted();
        }
        JudgeResult stopped = of(shown);
        return new JudgeResult(verdict, stopped.passed(), total, stopped.timeMs(), shown, compileCached);
    }

    /** The same result with every value of every test cut at {@code cap} bytes ({@link TestResult#cut}). */
    public JudgeResult withValuesCut(int cap) {
        return new JudgeResult(verdict, passed, total, timeMs, tests.stream().map(t -> t.cut(cap)).toList(),
                compileCached);
    }

    /** The same result, saying whether the compiled artifacts came from the compile cache. */
    public JudgeResult withCompileCached(boolean cached) {
        return new JudgeResult(verdict, passed, total, timeMs, tests, cached);
    }
}
