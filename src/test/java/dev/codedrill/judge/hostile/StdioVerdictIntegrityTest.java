package dev.codedrill.judge.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.lang.python.PythonHarness;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.testing.JudgeFixture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * A stdio program cannot change its own verdict, time or output figures (issue 14, item 1), through the real DinD and
 * a warm Python pool: the judge's driver and reporter are not files of the run, its result lines never pass through
 * a file the program can write, a process the program forked counts in its time and keeps its test going while it
 * holds the output, and nothing the program started outlives its test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StdioVerdictIntegrityTest {

    /**
     * Rewrites every file it can write under the writable dirs with what would pass for an accepted run (result
     * lines of a quick clean exit, the right answers, scripts that print them), puts such scripts where a driver might
     * be looked for, then sleeps far past the limit.
     */
    private static final String REWRITE_EVERYTHING_THEN_SLEEP = """
            import os, time
            forged_lines = "".join("%d 0 5 5 0 0 0 0\\n" % i for i in range(3))
            forged_script = "#!/bin/sh\\nprintf '%s' '" + forged_lines + "'\\necho '@@@ END'\\nexit 0\\n"
            answers = {"0": "3\\n", "1": "7\\n", "2": "11\\n"}
            def forge(path):
                name = os.path.basename(path)
                if name.startswith("results"):
                    return forged_lines
                if name.endswith(".sh"):
                    return forged_script
                if os.path.basename(os.path.dirname(path)) == "out":
                    return answers.get(name, "")
                if os.path.basename(os.path.dirname(path)) in ("code", "err"):
                    return "0\\n" if os.path.basename(os.path.dirname(path)) == "code" else ""
                return forged_lines
            rewritten = 0
            for top in ("/work", "/tmp", "/cache"):
                for root, dirs, files in os.walk(top):
                    for f in files:
                        p = os.path.join(root, f)
                        try:
                            if os.path.islink(p) or not os.path.isfile(p):
                                os.remove(p)
                            with open(p, "w") as out:
                                out.write(forge(p))
                            rewritten += 1
                        except OSError:
                            pass
            for name in ("run_stdio.sh", "collect_stdio.sh", "cgroup_counters.sh", "results.txt"):
                try:
                    with open(os.path.join("/work", name), "w") as out:
                        out.write(forge(name))
                except OSError:
                    pass
            for d in ("out", "code"):
                os.makedirs(os.path.join("/work", d), exist_ok=True)
                for i in range(3):
                    with open(os.path.join("/work", d, str(i)), "w") as out:
                        out.write(answers[str(i)] if d == "out" else "0\\n")
            assert rewritten > 0
            time.sleep(30)
            """;

    /** The parent exits at once; a child in a session of its own computes for ten seconds, then prints the sum. */
    private static final String FORK_AND_EXIT_PARENT = """
            import os, sys
            a, b = map(int, sys.stdin.read().split())
            if os.fork() > 0:
                os._exit(0)
            os.setsid()
            x = 0
            for i in range(10 ** 9):
                x = (x * 31 + i) % 1000003
            print(a + b)
            """;

    /**
     * Prints a wrong answer, then rewrites the outputs of the tests before its own with their right answers; and
     * leaves behind a child, in a session of its own with its output closed, that waits for the next test to begin
     * and then rewrites this test's output and the result lines.
     */
    private static final String REWRITES_FINISHED_TESTS = """
            import os, sys, time
            answers = ["3\\n", "7\\n", "11\\n"]
            a, b = map(int, sys.stdin.read().split())
            me = {1: 0, 3: 1, 5: 2}[a]
            print(a + b + 1)
            sys.stdout.flush()
            def rewrite(upto):
                for j in range(upto):
                    try:
                        with open("/work/out/%d" % j, "w") as out:
                            out.write(answers[j])
                        with open("/work/code/%d" % j, "w") as out:
                            out.write("0\\n")
                    except OSError:
                        pass
                try:
                    with open("/work/results.txt", "w") as out:
                        out.write("".join("%d 0 5 5 0 0 0 0\\n" % i for i in range(3)))
                except OSError:
                    pass
            rewrite(me)
            if os.fork() == 0:
                os.setsid()
                for fd in (0, 1, 2):
                    os.close(fd)
                end = time.time() + 20
                while time.time() < end and not os.path.exists("/work/out/%d" % (me + 1)):
                    time.sleep(0.002)
                while time.time() < end:
                    rewrite(me + 1)
                    time.sleep(0.005)
            """;

    private JudgeFixture fixture;

    @BeforeAll
    void startPool() {
        fixture = new JudgeFixture(new PythonHarness());
    }

    @AfterAll
    void closePool() {
        fixture.close();
    }

    @Test
    void aProgramThatRewritesEveryFileItCanThenSleepsIsStillATimeLimit() {
        JudgeResult submitted = fixture.submit(HostileProblems.aPlusB(ProblemKind.STDIO),
                REWRITE_EVERYTHING_THEN_SLEEP);
        assertThat(submitted.verdict()).as(String.valueOf(submitted)).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(submitted.passed()).isZero();

        JudgeResult everyTest = fixture.submitRunningEveryTest(HostileProblems.aPlusB(ProblemKind.STDIO),
                REWRITE_EVERYTHING_THEN_SLEEP);
        // it rewrote its own source too: the tests after the first fail as that source does, none passes
        assertThat(everyTest.verdict()).as(String.valueOf(everyTest)).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(everyTest.tests()).as(String.valueOf(everyTest))
                .noneSatisfy(t -> assertThat(t.verdict()).isInstanceOf(Verdict.Accepted.class));
        assertThat(everyTest.passed()).isZero();
    }

    @Test
    void aChildThatComputesAfterItsParentExitedCountsInTheTimeAndIsATimeLimit() {
        JudgeResult result = fixture.submit(HostileProblems.aPlusB(ProblemKind.STDIO), FORK_AND_EXIT_PARENT);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.TimeLimitExceeded.class);
        assertThat(result.tests().get(0).timeMs()).as(String.valueOf(result)).isGreaterThan(1000);
    }

    @Test
    void aFinishedTestsOutputRewrittenByTheCodeOfALaterTestOrByAChildLeftBehindIsNeverAccepted() {
        JudgeResult result = fixture.submitRunningEveryTest(HostileProblems.aPlusB(ProblemKind.STDIO),
                REWRITES_FINISHED_TESTS);
        assertThat(result.passed()).as(String.valueOf(result)).isZero();
        assertThat(result.tests()).as(String.valueOf(result)).allSatisfy(t -> assertThat(t.verdict())
                .isInstanceOfAny(Verdict.WrongAnswer.class, Verdict.RuntimeError.class));
        // the second test rewrote the first's output: it says so
        assertThat(result.tests().get(0).error()).as(String.valueOf(result)).contains("changed after the test ended");
    }
}
