package dev.codedrill.lang.harness;

import dev.codedrill.problem.Problem;
import dev.codedrill.problem.TestCase;
import java.util.List;

/**
 * Makes, for one language, what a run needs: for a function problem the user's file, the harness and the commands;
 * for a stdio problem the program's file name and its compile and run commands.
 */
public interface HarnessGenerator {

    /** Bytes of a test's own prints kept per test. */
    int STDOUT_CAP = 64 * 1024;

    /** The language id of languages.json. */
    String languageId();

    RunPlan function(Problem problem, String source, List<TestCase> tests);

    StdioPlan stdio(String source);

    /** A stdio program's run under a memory limit (a runtime with a heap of its own sizes it to fit). */
    default StdioPlan stdio(String source, int memoryMb) {
        return stdio(source);
    }
}
