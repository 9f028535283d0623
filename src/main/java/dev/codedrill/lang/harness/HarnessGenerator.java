package dev.codedrill.lang.harness;

import dev.codedrill.problem.Problem;
import dev.codedrill.problem.TestCase;
import java.util.List;

/** Makes, for one language, what a function problem's run needs: the user's file, the harness, the commands. */
public interface HarnessGenerator {

    /** Bytes of a test's own prints kept per test. */
    int STDOUT_CAP = 64 * 1024;

    RunPlan function(Problem problem, String source, List<TestCase> tests);
}
