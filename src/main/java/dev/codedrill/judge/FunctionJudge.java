package dev.codedrill.judge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.RunPlan;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.TestCase;
import dev.codedrill.pool.TarCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a function problem's harness in a sandbox and reads the one result line per test it left, judging each by the
 * problem's comparator. A compiled language compiles in an exec of its own (skipped when the compile cache has the
 * artifacts); then one exec unpacks the run's files, runs every test and reports the result lines on its stdout
 * ({@link RunScript}). Only when that exec could not report (it was killed: a flood of stderr, a script killed by the
 * code) does one more exec collect the results file. A test the harness never reached was cut off by the deadline
 * (Time Limit), the memory cap (Memory Limit) or a crash (Runtime Error).
 */
public final class FunctionJudge {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionJudge.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
    /** What the report of the results may take on the exec's stdout (the kept prints of every test, mostly). */
    private static final int RESULTS_CAP = 64 * 1024 * 1024;
    /** Added to the run's own deadline for the exec's: the script still reports after the deadline's kill. */
    private static final Duration SLACK = Duration.ofSeconds(15);
    /** How long past its time limit one test may go without answering before its run is stopped. */
    static final long STALL_ROOM_MS = 1500;

    public JudgeResult judge(Problem problem, RunPlan plan, List<TestCase> tests, BorrowedSandbox sandbox, RunLimits limits) {
        return judge(problem, part -> plan, tests, sandbox, limits.stoppingAtFirstFailure(true), stage -> { }, "",
                null);
    }

    /**
     * Judges {@code tests}, telling {@code stages} when compiling and running begin, with the compile cache of the
     * judge (null: none) for the artifacts of {@code languageId}. {@code plans} gives the run of a list of tests.
     * When a test stops the run (the time limit, the memory limit, a crash) and the limits say to run every test, the
     * tests after it run again in a new run of their own; otherwise they are not run.
     */
    public JudgeResult judge(Problem problem, Function<List<TestCase>, RunPlan> plans, List<TestCase> tests,
                             BorrowedSandbox sandbox, RunLimits limits, Consumer<JudgeStage> stages, String languageId,
                             CompileCache cache) {
        List<TestResult> judged = new ArrayList<>();
        Verdict verdict = null; // the first run's that was not accepted
        boolean cached = false;
        int from = 0;
        while (true) {
            List<TestCase> part = tests.subList(from, tests.size());
            JudgeResult result = judgeOnce(problem, plans.apply(part), part, sandbox, limits, stages, languageId,
                    cache);
            if (from == 0 && (result.verdict() instanceof Verdict.CompilationError || result.tests().stream()
                    .noneMatch(TestResult::ran))) {
                return result; // it never reached the tests: a compile error, a load error
            }
            cached |= result.compileCached();
            if (verdict == null && !result.verdict().accepted()) {
                verdict = result.verdict();
            }
            int stoppedAt = firstCutOff(result.tests());
            if (stoppedAt < 0 || limits.stopAtFirstFailure()) {
                judged.addAll(result.tests());
                break;
            }
            judged.addAll(result.tests().subList(0, stoppedAt + 1));
            from += stoppedAt + 1;
        }
        JudgeResult all = JudgeResult.of(judged);
        return new JudgeResult(verdict == null ? all.verdict() : verdict, all.passed(), all.total(), all.timeMs(),
                all.tests(), cached);
    }

    /** The first test that ran and stopped the run (those after it did not run), or -1. */
    private static int firstCutOff(List<TestResult> tests) {
        for (int i = 0; i + 1 < tests.size(); i++) {
            if (tests.get(i).ran() && !tests.get(i + 1).ran()) {
                return i;
            }
        }
        return -1;
    }

    private JudgeResult judgeOnce(Problem problem, RunPlan plan, List<TestCase> tests, BorrowedSandbox sandbox,
                                  RunLimits limits, Consumer<JudgeStage> stages, String languageId,
                                  CompileCache cache) {
        Map<String, byte[]> runFiles = plan.files();
        List<String> check = List.of();
        boolean cached = false;
        if (!plan.compile().isEmpty() && !plan.artifacts().isEmpty()) {
            CompileStep.Outcome compiled = CompileStep.run(sandbox, cache, languageId, plan.compile(), plan.artifacts(),
                    plan.prebuilt(), plan.sources(), plan.files(), limits, stages);
            if (compiled.failed()) {
                return JudgeResult.without(compiled.failure(), notRun(problem, tests));
            }
            cached = compiled.cached() != null;
            if (cached) {
                runFiles = new HashMap<>(plan.inputs());
                runFiles.put(RunScript.CACHED_ARTIFACTS, compiled.cached());
            } else {
                runFiles = Map.of(); // the compile exec left everything in the work dir
            }
        } else if (!plan.compile().isEmpty()) {
            check = plan.compile(); // a syntax check: it rides with the run
        }
        stages.accept(JudgeStage.RUNNING);
        Duration deadline = limits.runDeadline(tests.size(), plan.inputBytes());
        RunScript.Stall stall = new RunScript.Stall(plan.results(), limits.firstAnswerMs(plan.inputBytes()),
                limits.perTestMs() + STALL_ROOM_MS);
        String script = RunScript.run(check, limits.compile(), limits.compilerOutputBytes(), cached, plan.run(),
                deadline, stall, "results", RunScript.printFile(plan.results()));
        Duration execDeadline = deadline.plus(SLACK).plus(check.isEmpty() ? Duration.ZERO : limits.compile());
        long started = System.nanoTime();
        ExecResult run = sandbox.script(runFiles, script, execDeadline, RESULTS_CAP, limits.compilerOutputBytes());
        sandbox.times().add(StepTimes.Step.RUN_EXEC, System.nanoTime() - started);
        Frame frame = Frame.of(run);
        if (frame != null) {
            sandbox.times().addCentiseconds(StepTimes.Step.PROGRAM, frame.number("cs", -1));
        }
        if (frame != null && frame.fields().containsKey("compile")) {
            byte[] output = frame.section("compile");
            return JudgeResult.without(Verdicts.compileFailure(frame, output == null ? new byte[0] : output, limits),
                    notRun(problem, tests)).withCompileCached(cached);
        }
        byte[] results;
        Ending ending;
        if (frame != null) {
            results = frame.section("results");
            int exit = (int) frame.number("exit", -1);
            boolean atDeadline = frame.number("cs", 0) >= frame.number("limit_cs", Long.MAX_VALUE) - 5;
            boolean stalled = frame.number("stalled", 0) == 1;
            ending = new Ending(exit, stalled || ((exit == 124 || exit == 137) && atDeadline), false,
                    frame.oomKilled(), frame.memoryLimitHit(), run.stderrText());
        } else {
            if (run.exitCode() != null && run.exitCode() == TarCopy.UNPACK_FAILED) {
                throw new EngineException("Could not unpack the run's files: " + run.stderrText().strip());
            }
            // The slow path: the exec was stopped before it could report; the results file is still there.
            LOG.debug("the run of {} did not report (exit {}, timed out {}, output capped {}); collecting",
                    problem.id(), run.exitCode(), run.timedOut(), run.outputCapped());
            ExecResult collected = sandbox.script(Map.of(), RunScript.collect("results",
                    RunScript.printFile(plan.results())), Duration.ofSeconds(30), RESULTS_CAP, 4096);
            Frame report = Frame.of(collected);
            if (report == null) {
                throw new EngineException("Could not collect the results of the run (exit " + collected.exitCode()
                        + "): " + collected.stderrText().strip());
            }
            results = report.section("results");
            ending = new Ending(run.exitCode(), run.timedOut(), run.outputCapped(), report.oomKilled(),
                    report.memoryLimitHit(), run.stderrText());
        }
        return judgeLines(problem, tests, results == null ? new byte[0] : results, ending, limits)
                .withCompileCached(cached);
    }

    /** How the run's exec ended, for the tests it did not reach. */
    private record Ending(Integer exit, boolean timedOut, boolean outputCapped, Boolean oomKilled,
                          Boolean memoryLimitHit, String stderr) {
        Verdict verdict(RunLimits limits) {
            return Verdicts.cutOff(exit, timedOut, outputCapped, oomKilled, memoryLimitHit, stderr, limits);
        }

        /** Killed by a signal that was not the judge's (the deadline) nor the memory cgroup's. */
        boolean killedBySignal() {
            return exit != null && exit > 128 && !timedOut && !outputCapped && !Boolean.TRUE.equals(oomKilled);
        }
    }

    private static JudgeResult judgeLines(Problem problem, List<TestCase> tests, byte[] results, Ending ending,
                                          RunLimits limits) {
        Map<Integer, JsonNode> lines = new HashMap<>();
        for (String line : new String(results, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                lines.put(node.path("i").asInt(-2), node);
            } catch (IOException e) {
                break; // a line cut short by the kill: the tests from here on did not finish
            }
        }
        JsonNode loadError = lines.get(-1);
        if (loadError != null) {
            String error = loadError.path("error").asText();
            Verdict verdict = loadError.path("status").asText().equals("compile")
                    ? new Verdict.CompilationError(error) : new Verdict.RuntimeError(error);
            return JudgeResult.without(verdict, notRun(problem, tests));
        }
        OutputComparator comparator = new OutputComparator(problem.comparator());
        List<TestResult> judged = new ArrayList<>();
        boolean cutOff = false;
        for (TestCase test : tests) {
            JsonNode line = lines.get(judged.size()); // the harness numbers the tests it was given from 0
            if (line == null) {
                judged.add(cutOff ? notRun(test) : missing(test, ending.verdict(limits)));
                cutOff = true;
                continue;
            }
            judged.add(judged(test, line, comparator, limits, problem.kind() == ProblemKind.DESIGN));
        }
        JudgeResult result = JudgeResult.of(judged);
        if (!cutOff && result.verdict().accepted() && ending.killedBySignal()) {
            // Every test answered, yet the run did not end well: the code killed the harness's process or the
            // judge's (its parent), or crashed on its way out. Not an accepted run.
            Verdict crashed = new Verdict.RuntimeError(Verdicts.signal(ending.exit() - 128)
                    + ": the run was killed after its tests (the code killed its own process or the judge's)");
            return new JudgeResult(crashed, result.passed(), result.total(), result.timeMs(), result.tests());
        }
        return result;
    }

    /** @param design whether the value is a design problem's results of its calls (a wrong one says which call) */
    private static TestResult judged(TestCase test, JsonNode line, OutputComparator comparator, RunLimits limits,
                                     boolean design) {
        double ms = line.path("ms").asDouble();
        String stdout = line.path("stdout").asText("");
        JsonNode value = line.get("value");
        String actual = value == null ? null : value.toString();
        String status = line.path("status").asText();
        if (test.expectsError() && (status.equals("ok") || status.equals("error"))) {
            return expectedErrorJudged(test, line, status, ms, actual, stdout, limits);
        }
        Verdict verdict = switch (status) {
            case "memory" -> new Verdict.MemoryLimitExceeded(limits.memoryMb());
            case "flood" -> new Verdict.OutputLimitExceeded(HarnessGenerator.STDOUT_CAP);
            case "error" -> new Verdict.RuntimeError(line.path("error").asText());
            default -> {
                if (line.path("flooded").asBoolean()) {
                    yield new Verdict.OutputLimitExceeded(HarnessGenerator.STDOUT_CAP);
                } else if (ms > limits.perTestMs()) {
                    yield new Verdict.TimeLimitExceeded(limits.perTestMs());
                } else if (line.hasNonNull("wrong")) {
                    // the harness found the value wrong whatever is expected: a graph that is not a copy
                    yield new Verdict.WrongAnswer(line.get("wrong").asText());
                } else {
                    // a custom input has no expected value: it ran, and its output is what the learner wanted
                    if (test.expected() == null || comparator.matches(test.expected(), value)) {
                        yield new Verdict.Accepted();
                    }
                    yield design ? new Verdict.WrongAnswer(DesignFeedback.of(test, value, comparator::matches))
                            : new Verdict.WrongAnswer();
                }
            }
        };
        String error = verdict instanceof Verdict.RuntimeError re ? re.error() : "";
        return new TestResult(test.index(), test.name(), test.sample(), verdict, ms, test.input().toString(),
                test.expectedText(), actual, stdout, error);
    }

    /**
     * A test whose call must raise or throw: accepted when it did, with the expected text in the message; a wrong
     * answer (saying what was expected) when it returned a value or failed with another message.
     */
    private static TestResult expectedErrorJudged(TestCase test, JsonNode line, String status, double ms,
                                                  String actual, String stdout, RunLimits limits) {
        String thrown = line.path("error").asText("");
        Verdict verdict;
        if (ms > limits.perTestMs()) {
            verdict = new Verdict.TimeLimitExceeded(limits.perTestMs());
        } else if (status.equals("ok")) {
            verdict = new Verdict.WrongAnswer("The call returned a value; this test expects "
                    + test.expectedText() + ".");
        } else if (!thrown.contains(test.expectedError())) {
            verdict = new Verdict.WrongAnswer("The call failed, but its message does not contain \""
                    + test.expectedError() + "\".");
        } else {
            verdict = new Verdict.Accepted();
        }
        return new TestResult(test.index(), test.name(), test.sample(), verdict, ms, test.input().toString(),
                test.expectedText(), status.equals("ok") ? actual : "error: " + thrown, stdout, "");
    }

    private static TestResult missing(TestCase test, Verdict verdict) {
        String error = verdict instanceof Verdict.RuntimeError re ? re.error() : "";
        return new TestResult(test.index(), test.name(), test.sample(), verdict, 0, test.input().toString(),
                test.expectedText(), null, "", error);
    }


    private static TestResult notRun(TestCase test) {
        return new TestResult(test.index(), test.name(), test.sample(), null, 0, test.input().toString(),
                test.expectedText(), null, "", "");
    }

    private static List<TestResult> notRun(Problem problem, List<TestCase> tests) {
        return tests.stream().map(FunctionJudge::notRun).toList();
    }
}
