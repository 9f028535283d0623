package dev.codedrill.judge;

import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.harness.StdioPlan;
import dev.codedrill.lang.harness.Templates;
import dev.codedrill.pool.TarCopy;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.TestCase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
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
    /** The stderr of a test shown to the learner. */
    private static final int ERR_SHOWN = 8 * 1024;
    /** The stderr a test may write: past it, the test is an output flood (Output Limit Exceeded). */
    static final int ERR_LIMIT = 4 * 1024 * 1024;
    /** The wall-clock cut-off of a test, past its time limit: room for a runtime's start on a busy machine. */
    static final long WALL_ROOM_MS = 1500;
    private static final Duration SLACK = Duration.ofSeconds(15);
    /** The driver: run from the exec's own script, never a file of the work dir the code could rewrite. */
    private static final String DRIVER = Templates.resource("cgroup_counters.sh")
            + Templates.resource("sandbox_processes.sh") + Templates.resource("run_stdio.sh");
    private static final String COLLECT = Templates.resource("collect_stdio.sh");
    /** The shell variable of the run's script that keeps the driver's result lines. */
    private static final String RESULT_LINES = "lines";
    static final String OUTPUT_CHANGED = "This test's output was changed after the test ended (by the code run for a"
            + " later test), so it cannot be judged. A solution should only read its input and print its answer.";

    /**
     * What the driver (run_stdio.sh) recorded for one test (CPU and wall time), and what it printed.
     *
     * @param oomKilled      whether the memory cgroup's OOM killer struck during the test; null when it could not be
     *                       read
     * @param memoryLimitHit whether the test hit the memory limit; null when it could not be read
     * @param outChanged     whether the output sent differs from the digest the driver took when the test ended: the
     *                       code of a later test rewrote it
     */
    record Ran(int exit, long ms, long wallMs, long outBytes, long errBytes, String out, String err,
               Boolean oomKilled, Boolean memoryLimitHit, boolean outChanged) {

        Ran(int exit, long ms, long wallMs, long outBytes, long errBytes, String out, String err, Boolean oomKilled,
            Boolean memoryLimitHit) {
            this(exit, ms, wallMs, outBytes, errBytes, out, err, oomKilled, memoryLimitHit, false);
        }
    }

    public JudgeResult judge(Problem problem, StdioPlan plan, List<TestCase> tests, BorrowedSandbox sandbox, RunLimits limits) {
        return judge(problem, plan, tests, sandbox, limits, stage -> { }, "", null);
    }

    /**
     * As above, telling {@code stages} when compiling and running begin, with the compile cache of the judge (null:
     * none) for the artifacts of {@code languageId}.
     */
    public JudgeResult judge(Problem problem, StdioPlan plan, List<TestCase> tests, BorrowedSandbox sandbox, RunLimits limits,
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
        // The limit is on CPU time; the wall-clock cut-off stops code that loops, sleeps or waits, with room for a
        // runtime's start on a busy machine.
        long wallMs = wallLimitMs(limits);
        List<String> run = new ArrayList<>(List.of("sh", "-c", DRIVER, "run_stdio", Integer.toString(tests.size()),
                RunScript.seconds(Duration.ofMillis(wallMs)), Long.toString(limits.perTestMs()),
                Integer.toString(limits.outputBytes()), Integer.toString(ERR_LIMIT), limits.stopAtFirstFailure() ? "1" : "0"));
        run.addAll(plan.run());
        String collect = Shell.quote(List.of("sh", "-c", COLLECT, "collect", Integer.toString(tests.size()),
                Integer.toString(limits.outputBytes()), Integer.toString(ERR_SHOWN)));
        int reportCap = (int) Math.min(Integer.MAX_VALUE - 1024,
                (long) tests.size() * (limits.outputBytes() + ERR_SHOWN) + 64 * 1024);
        stages.accept(JudgeStage.RUNNING);
        Duration deadline = Duration.ofMillis(limits.startupMs() + tests.size() * (wallMs + 3000));
        String script = RunScript.run(check, limits.compile(), limits.compilerOutputBytes(), cached, run, deadline,
                null, RESULT_LINES, "stdio", "printf '%s\\n' \"$" + RESULT_LINES + "\" | " + collect);
        Duration execDeadline = deadline.plus(SLACK).plus(check.isEmpty() ? Duration.ZERO : limits.compile());
        long started = System.nanoTime();
        ExecResult ran = sandbox.script(runFiles, script, execDeadline, reportCap, limits.compilerOutputBytes());
        sandbox.times().add(StepTimes.Step.RUN_EXEC, System.nanoTime() - started);
        Frame frame = Frame.of(ran);
        if (frame != null) {
            sandbox.times().addCentiseconds(StepTimes.Step.PROGRAM, frame.number("cs", -1));
        }
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
                    frame.oomKilled(), frame.memoryLimitHit(), ran.stderrText(), limits);
        } else {
            if (ran.exitCode() != null && ran.exitCode() == TarCopy.UNPACK_FAILED) {
                throw new EngineException("Could not unpack the run's files: " + ran.stderrText().strip());
            }
            // The slow path: the exec was stopped before it could report; what the tests left is still there.
            LOG.debug("the run of {} did not report (exit {}, timed out {}, output capped {}); collecting",
                    problem.id(), ran.exitCode(), ran.timedOut(), ran.outputCapped());
            // (the driver's own lines went with its exec: what it also wrote to results.txt has to do)
            ExecResult collected = sandbox.script(Map.of(), RunScript.collect("stdio",
                            "{ " + RunScript.printFile("results.txt") + "; } | " + collect),
                    Duration.ofSeconds(30), reportCap, 4096);
            Frame collectedFrame = Frame.of(collected);
            if (collectedFrame == null) {
                throw new EngineException("Could not collect the results of the run (exit " + collected.exitCode()
                        + "): " + collected.stderrText().strip());
            }
            report = collectedFrame.section("stdio");
            cutOffVerdict = Verdicts.cutOff(ran.exitCode(), ran.timedOut(), ran.outputCapped(),
                    collectedFrame.oomKilled(), collectedFrame.memoryLimitHit(), ran.stderrText(), limits);
        }
        Map<Integer, Ran> byTest = parse(report == null ? new byte[0] : report, limits.outputBytes());
        OutputComparator comparator = new OutputComparator(problem.comparator());
        List<TestResult> results = new ArrayList<>();
        boolean decided = false; // a test failed, or the run was cut off: the tests after it did not run
        for (TestCase test : tests) {
            Ran r = byTest.get(results.size());
            if (r == null) {
                results.add(decided ? notRun(test) : missing(test, cutOffVerdict));
                decided = true;
            } else {
                TestResult judged = judged(test, r, comparator, limits, wallMs);
                decided |= !judged.verdict().accepted();
                results.add(judged);
            }
        }
        if (problem.comparator().type() == ComparatorSpec.Type.CHECKER) {
            results = CheckerStep.apply(sandbox, problem.dir().resolve(CheckerStep.FILE), results);
            if (limits.stopAtFirstFailure()) {
                results = afterFirstFailureNotRun(results);
            }
        }
        return JudgeResult.of(results).withCompileCached(cached);
    }

    /** The tests after the first one not accepted, as not run: what stopping at the first failure shows. */
    private static List<TestResult> afterFirstFailureNotRun(List<TestResult> results) {
        List<TestResult> shown = new ArrayList<>();
        boolean failed = false;
        for (TestResult t : results) {
            shown.add(failed ? t.notRun() : t);
            failed |= t.ran() && !t.verdict().accepted();
        }
        return shown;
    }

    /** The wall-clock cut-off of one test. */
    static long wallLimitMs(RunLimits limits) {
        return limits.perTestMs() + WALL_ROOM_MS;
    }

    static TestResult judged(TestCase test, Ran r, OutputComparator comparator, RunLimits limits, long wallMs) {
        Verdict verdict;
        boolean cutAtWall = r.exit() == 124 || (r.exit() == 137 && r.wallMs() >= wallMs - 50);
        if (r.outChanged()) {
            verdict = new Verdict.RuntimeError(OUTPUT_CHANGED);
        } else if (r.outBytes() > limits.outputBytes()) {
            verdict = new Verdict.OutputLimitExceeded(limits.outputBytes());
        } else if (r.errBytes() > ERR_LIMIT) {
            verdict = new Verdict.OutputLimitExceeded(ERR_LIMIT);
        } else if (r.exit() != 0 && (Boolean.TRUE.equals(r.oomKilled()) || Verdicts.memoryMessage(r.err()))) {
            // the OOM killer, or the runtime itself, ended it for memory, however much CPU the way there took
            // (reclaim at the limit, a JVM's collector working hard before its OutOfMemoryError)
            verdict = new Verdict.MemoryLimitExceeded(limits.memoryMb());
        } else if (cutAtWall && Boolean.TRUE.equals(r.memoryLimitHit())) {
            verdict = new Verdict.MemoryLimitExceeded(limits.memoryMb()); // thrashing at the limit until cut off
        } else if (cutAtWall || r.ms() > limits.perTestMs()) {
            verdict = new Verdict.TimeLimitExceeded(limits.perTestMs());
        } else if (r.exit() != 0) {
            String signal = r.exit() > 128 ? Verdicts.signalWithoutEvidence(r.exit() - 128)
                    : "exited with code " + r.exit();
            verdict = new Verdict.RuntimeError(r.err().isBlank() ? signal : signal + "\n" + r.err().strip());
        } else {
            verdict = test.expected() == null || comparator.matches(expected(test), r.out())
                    ? new Verdict.Accepted() : new Verdict.WrongAnswer();
        }
        String error = verdict instanceof Verdict.RuntimeError re ? re.error() : r.err().strip();
        return new TestResult(test.index(), test.name(), test.sample(), verdict, r.ms(), test.input().asText(),
                expected(test), r.out(), "", error);
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

    /**
     * Reads collect_stdio.sh's framing: result lines, "@@@ END", then per test a header and its bytes. A line that is
     * not what the driver writes (cut short, or written over) counts for nothing: its test is missing.
     */
    static Map<Integer, Ran> parse(byte[] bytes, int outCap) {
        // test → exit, wall ms, cpu ms, oom kills before, after, memory limit hits before, after
        Map<Integer, long[]> status = new HashMap<>();
        Map<Integer, String> digests = new HashMap<>(); // test → the MD5 of its output when it ended
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
            String[] words = line.trim().split(" ");
            long[] fields = words.length == 9 ? numbers(Arrays.copyOf(words, 8)) : null;
            if (fields != null && fields[0] >= 0 && fields[0] < Integer.MAX_VALUE) {
                status.put((int) fields[0], Arrays.copyOfRange(fields, 1, 8));
                digests.put((int) fields[0], words[8]);
            }
        }
        while (pos < bytes.length) {
            int eol = indexOf(bytes, (byte) '\n', pos);
            if (eol < 0) {
                break;
            }
            String[] header = new String(bytes, pos, eol - pos, StandardCharsets.UTF_8).split(" ");
            pos = eol + 1;
            long[] sizes = header.length == 4 && header[0].equals("@@@")
                    ? numbers(Arrays.copyOfRange(header, 1, 4)) : null;
            if (sizes == null) {
                break;
            }
            int i = (int) sizes[0];
            long outBytes = sizes[1];
            long errBytes = sizes[2];
            int outShown = (int) Math.min(Math.min(outBytes, outCap), Math.max(0, bytes.length - pos));
            String out = new String(bytes, pos, outShown, StandardCharsets.UTF_8);
            boolean changed = outShown == outBytes && changed(bytes, pos, outShown, digests.get(i));
            pos += outShown;
            int errShown = (int) Math.min(Math.min(errBytes, ERR_SHOWN), Math.max(0, bytes.length - pos));
            String err = new String(bytes, pos, errShown, StandardCharsets.UTF_8);
            pos += errShown;
            long[] s = status.get(i);
            if (s != null) {
                ran.put(i, new Ran((int) s[0], s[2], s[1], outBytes, errBytes, out, err, grew(s[3], s[4]),
                        grew(s[5], s[6]), changed));
            }
        }
        return ran;
    }

    /** Whether bytes differ from their MD5 {@code digest} (hex); not when the digest could not be taken ("-"). */
    private static boolean changed(byte[] bytes, int from, int length, String digest) {
        if (digest == null || digest.equals("-")) {
            return false;
        }
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(bytes, from, length);
            return !HexFormat.of().formatHex(md5.digest()).equalsIgnoreCase(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    /** Whether a counter grew; null when it could not be read (-1). */
    private static Boolean grew(long before, long after) {
        return before < 0 || after < 0 ? null : after > before;
    }

    /** The words as numbers ("-" for one that could not be read: -1), or null when one is not a number. */
    private static long[] numbers(String[] words) {
        long[] numbers = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("-")) {
                numbers[i] = -1;
                continue;
            }
            try {
                numbers[i] = Long.parseLong(words[i]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return numbers;
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
