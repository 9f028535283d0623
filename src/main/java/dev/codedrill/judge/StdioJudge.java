package dev.codedrill.judge;

import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.harness.StdioPlan;
import dev.codedrill.pool.TarCopy;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.TestCase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a stdio program once per test (stdin from a file, each test under its own time limit). A compiled language
 * compiles in an exec of its own (skipped when the compile cache has the artifacts); then one exec unpacks the tests,
 * runs the syntax check of an interpreted language, runs every test and reports each test's stdout and stderr on its
 * stdout ({@link RunScript}); only when that exec could not report does one more exec collect them.
 */
public final class StdioJudge {

    private static final Logger LOG = LoggerFactory.getLogger(StdioJudge.class);
    private static final int ERR_CAP = 8 * 1024;
    private static final Duration SLACK = Duration.ofSeconds(15);

    /** What run_stdio.sh recorded for one test (CPU and wall time), and what it printed. */
    private record Ran(int exit, long ms, long wallMs, long outBytes, String out, String err) {
    }

    public JudgeResult judge(Problem problem, StdioPlan plan, List<TestCase> tests, Sandbox sandbox, RunLimits limits) {
        return judge(problem, plan, tests, sandbox, limits, stage -> { }, "", null);
    }

    /**
     * As above, telling {@code stages} when compiling and running begin, with the compile cache of the judge (null:
     * none) for the artifacts of {@code languageId}.
     */
    public JudgeResult judge(Problem problem, StdioPlan plan, List<TestCase> tests, Sandbox sandbox, RunLimits limits,
                             Consumer<JudgeStage> stages, String languageId, CompileCache cache) {
        Map<String, byte[]> runFiles = plan.files(tests);
        List<String> check = List.of();
        boolean cached = false;
        if (!plan.compile().isEmpty() && !plan.artifacts().isEmpty()) {
            CompileStep.Outcome compiled = CompileStep.run(sandbox, cache, languageId, plan.compile(), plan.artifacts(),
                    plan.sources(), runFiles, limits, stages);
            if (compiled.failed()) {
                return JudgeResult.without(compiled.failure(), tests.stream().map(StdioJudge::notRun).toList());
            }
            cached = compiled.cached() != null;
            if (cached) {
                runFiles = new HashMap<>(plan.inputs(tests));
                runFiles.put(RunScript.CACHED_ARTIFACTS, compiled.cached());
            } else {
                runFiles = Map.of();
            }
        } else if (!plan.compile().isEmpty()) {
            check = plan.compile(); // an interpreted language's syntax check rides with the run
        }
        // The limit is on CPU time; the wall-clock cut-off only stops code that sleeps or waits, with room for a slow
        // start on a busy machine.
        long perTestSeconds = Math.max(2, (2 * limits.perTestMs() + 999) / 1000 + 1);
        List<String> run = new ArrayList<>(List.of("sh", "run_stdio.sh", Integer.toString(tests.size()),
                Long.toString(perTestSeconds), Integer.toString(limits.outputBytes())));
        run.addAll(plan.run());
        List<String> collect = List.of("sh", "collect_stdio.sh", Integer.toString(tests.size()),
                Integer.toString(limits.outputBytes()), Integer.toString(ERR_CAP));
        int reportCap = (int) Math.min(Integer.MAX_VALUE - 1024,
                (long) tests.size() * (limits.outputBytes() + ERR_CAP) + 64 * 1024);
        stages.accept(JudgeStage.RUNNING);
        Duration deadline = Duration.ofMillis(limits.startupMs() + tests.size() * (perTestSeconds + 1) * 1000);
        String script = RunScript.run(check, limits.compile(), limits.compilerOutputBytes(), cached, run, deadline,
                "stdio", Shell.quote(collect));
        Duration execDeadline = deadline.plus(SLACK).plus(check.isEmpty() ? Duration.ZERO : limits.compile());
        ExecResult ran = sandbox.script(runFiles, script, execDeadline, reportCap, limits.compilerOutputBytes());
        Frame frame = Frame.of(ran);
        if (frame != null && frame.fields().containsKey("compile")) {
            byte[] output = frame.section("compile");
            return JudgeResult.without(Verdicts.compileFailure(frame, output == null ? new byte[0] : output, limits),
                    tests.stream().map(StdioJudge::notRun).toList()).withCompileCached(cached);
        }
        byte[] report;
        Verdict cutOffVerdict;
        if (frame != null) {
            report = frame.section("stdio");
            int exit = (int) frame.number("exit", -1);
            boolean atDeadline = frame.number("cs", 0) >= frame.number("limit_cs", Long.MAX_VALUE) - 5;
            cutOffVerdict = Verdicts.cutOff(exit, (exit == 124 || exit == 137) && atDeadline, false,
                    frame.oomKilled(), ran.stderrText(), limits);
        } else {
            if (ran.exitCode() != null && ran.exitCode() == TarCopy.UNPACK_FAILED) {
                throw new EngineException("Could not unpack the run's files: " + ran.stderrText().strip());
            }
            // The slow path: the exec was stopped before it could report; what the tests left is still there.
            LOG.debug("the run of {} did not report (exit {}, timed out {}, output capped {}); collecting",
                    problem.id(), ran.exitCode(), ran.timedOut(), ran.outputCapped());
            ExecResult collected = sandbox.script(Map.of(), RunScript.collect("stdio", Shell.quote(collect)),
                    Duration.ofSeconds(30), reportCap, 4096);
            Frame collectedFrame = Frame.of(collected);
            if (collectedFrame == null) {
                throw new EngineException("Could not collect the results of the run (exit " + collected.exitCode()
                        + "): " + collected.stderrText().strip());
            }
            report = collectedFrame.section("stdio");
            cutOffVerdict = Verdicts.cutOff(ran.exitCode(), ran.timedOut(), ran.outputCapped(),
                    collectedFrame.oomKilled(), ran.stderrText(), limits);
        }
        Map<Integer, Ran> byTest = parse(report == null ? new byte[0] : report, limits.outputBytes());
        OutputComparator comparator = new OutputComparator(problem.comparator());
        List<TestResult> results = new ArrayList<>();
        boolean cutOff = false;
        for (TestCase test : tests) {
            Ran r = byTest.get(results.size());
            if (r == null) {
                results.add(cutOff ? notRun(test) : missing(test, cutOffVerdict));
                cutOff = true;
            } else {
                results.add(judged(test, r, comparator, limits));
            }
        }
        return JudgeResult.of(results).withCompileCached(cached);
    }

    private static TestResult judged(TestCase test, Ran r, OutputComparator comparator, RunLimits limits) {
        Verdict verdict;
        if (r.outBytes() > limits.outputBytes()) {
            verdict = new Verdict.OutputLimitExceeded(limits.outputBytes());
        } else if (r.exit() == 124 || r.ms() > limits.perTestMs()) {
            verdict = new Verdict.TimeLimitExceeded(limits.perTestMs());
        } else if (r.exit() == 137 || memoryMessage(r.err())) {
            verdict = new Verdict.MemoryLimitExceeded(limits.memoryMb());
        } else if (r.exit() != 0) {
            String signal = r.exit() > 128 ? Verdicts.signal(r.exit() - 128) : "exited with code " + r.exit();
            verdict = new Verdict.RuntimeError(r.err().isBlank() ? signal : signal + "\n" + r.err().strip());
        } else {
            verdict = test.expected() == null || comparator.matches(expected(test), r.out())
                    ? new Verdict.Accepted() : new Verdict.WrongAnswer();
        }
        String error = verdict instanceof Verdict.RuntimeError re ? re.error() : r.err().strip();
        return new TestResult(test.index(), test.name(), test.sample(), verdict, r.ms(), test.input().asText(),
                expected(test), r.out(), "", error);
    }

    private static boolean memoryMessage(String err) {
        return err.contains("MemoryError") || err.contains("OutOfMemoryError") || err.contains("heap out of memory")
                || err.contains("Allowed memory size") || err.contains("runtime: out of memory")
                || err.contains("std::bad_alloc");
    }

    private static TestResult missing(TestCase test, Verdict verdict) {
        return new TestResult(test.index(), test.name(), test.sample(), verdict, 0, test.input().asText(),
                expected(test), null, "", verdict instanceof Verdict.RuntimeError re ? re.error() : "");
    }

    private static String expected(TestCase test) {
        return test.expected() == null ? "" : test.expected().asText();
    }

    private static TestResult notRun(TestCase test) {
        return new TestResult(test.index(), test.name(), test.sample(), null, 0, test.input().asText(),
                expected(test), null, "", "");
    }

    /** Reads collect_stdio.sh's framing: result lines, "@@@ END", then per test a header and its bytes. */
    static Map<Integer, Ran> parse(byte[] bytes, int outCap) {
        Map<Integer, long[]> status = new HashMap<>(); // test → exit, wall ms, cpu ms
        Map<Integer, Ran> ran = new HashMap<>();
        int pos = 0;
        while (pos < bytes.length) {
            int eol = indexOf(bytes, (byte) '\n', pos);
            if (eol < 0) {
                break;
            }
            String line = new String(bytes, pos, eol - pos, StandardCharsets.UTF_8);
            pos = eol + 1;
            if (line.equals("@@@ END")) {
                break;
            }
            String[] f = line.trim().split(" ");
            if (f.length == 4) {
                status.put(Integer.parseInt(f[0]), new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]),
                        Long.parseLong(f[3])});
            }
        }
        while (pos < bytes.length) {
            int eol = indexOf(bytes, (byte) '\n', pos);
            if (eol < 0) {
                break;
            }
            String[] header = new String(bytes, pos, eol - pos, StandardCharsets.UTF_8).split(" ");
            pos = eol + 1;
            if (header.length != 4 || !header[0].equals("@@@")) {
                break;
            }
            int i = Integer.parseInt(header[1]);
            long outBytes = Long.parseLong(header[2]);
            long errBytes = Long.parseLong(header[3]);
            int outShown = (int) Math.min(Math.min(outBytes, outCap), Math.max(0, bytes.length - pos));
            String out = new String(bytes, pos, outShown, StandardCharsets.UTF_8);
            pos += outShown;
            int errShown = (int) Math.min(Math.min(errBytes, ERR_CAP), Math.max(0, bytes.length - pos));
            String err = new String(bytes, pos, errShown, StandardCharsets.UTF_8);
            pos += errShown;
            long[] s = status.get(i);
            if (s != null) {
                ran.put(i, new Ran((int) s[0], s[2], s[1], outBytes, out, err));
            }
        }
        return ran;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
