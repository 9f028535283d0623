package dev.codedrill.judge;

import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.harness.StdioPlan;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.TestCase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a stdio program once per test (stdin from a file, each test under its own time limit, all in one exec),
 * then collects every test's stdout and stderr in one more exec and compares.
 */
public final class StdioJudge {

    private static final int ERR_CAP = 8 * 1024;

    /** What run_stdio.sh recorded for one test (CPU and wall time), and what it printed. */
    private record Ran(int exit, long ms, long wallMs, long outBytes, String out, String err) {
    }

    public JudgeResult judge(Problem problem, StdioPlan plan, List<TestCase> tests, Sandbox sandbox, RunLimits limits) {
        return judge(problem, plan, tests, sandbox, limits, stage -> { });
    }

    /** As above, telling {@code stages} when compiling and running begin. */
    public JudgeResult judge(Problem problem, StdioPlan plan, List<TestCase> tests, Sandbox sandbox, RunLimits limits,
                             java.util.function.Consumer<JudgeStage> stages) {
        sandbox.put(plan.files(tests));
        if (!plan.compile().isEmpty()) {
            stages.accept(JudgeStage.COMPILING);
            ExecResult compiled = sandbox.run(plan.compile(), limits.compile(), limits.compilerOutputBytes(),
                    limits.compilerOutputBytes());
            if (!compiled.succeeded()) {
                return JudgeResult.without(Verdicts.compileFailure(compiled, limits),
                        tests.stream().map(StdioJudge::notRun).toList());
            }
        }
        // The limit is on CPU time; the wall-clock cut-off only stops code that sleeps or waits, with room for a slow
        // start on a busy machine.
        long perTestSeconds = Math.max(2, (2 * limits.perTestMs() + 999) / 1000 + 1);
        List<String> run = new ArrayList<>(List.of("sh", "run_stdio.sh", Integer.toString(tests.size()),
                Long.toString(perTestSeconds), Integer.toString(limits.outputBytes())));
        run.addAll(plan.run());
        stages.accept(JudgeStage.RUNNING);
        ExecResult ran = sandbox.run(run, Duration.ofMillis(limits.startupMs() + tests.size() * (perTestSeconds + 1) * 1000),
                limits.compilerOutputBytes(), limits.compilerOutputBytes());
        ExecResult collected = sandbox.run(List.of("sh", "collect_stdio.sh", Integer.toString(tests.size()),
                        Integer.toString(limits.outputBytes()), Integer.toString(ERR_CAP)), Duration.ofSeconds(30),
                tests.size() * (limits.outputBytes() + ERR_CAP) + 64 * 1024, 4096);
        Map<Integer, Ran> byTest = parse(collected.stdout(), limits.outputBytes());
        OutputComparator comparator = new OutputComparator(problem.comparator());
        List<TestResult> results = new ArrayList<>();
        boolean cutOff = false;
        for (TestCase test : tests) {
            Ran r = byTest.get(results.size());
            if (r == null) {
                results.add(cutOff ? notRun(test) : missing(test, ran, limits));
                cutOff = true;
            } else {
                results.add(judged(test, r, comparator, limits));
            }
        }
        return JudgeResult.of(results);
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

    private static TestResult missing(TestCase test, ExecResult run, RunLimits limits) {
        Verdict verdict = Verdicts.cutOff(run, limits);
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
