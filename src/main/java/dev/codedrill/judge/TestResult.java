package dev.codedrill.judge;

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

    public boolean ran() {
        return verdict != null;
    }
}
