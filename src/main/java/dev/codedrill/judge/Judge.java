package dev.codedrill.judge;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.pool.BorrowTimeoutException;
import dev.codedrill.pool.ReturnCondition;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.TestSuite;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges one submission: picks the tests (samples, all, or the learner's own input), borrows a sandbox, runs the
 * language's harness there, gives the sandbox back, and returns the verdict with every test's details. Compiled
 * artifacts are kept in a compile cache of this judge's own, so that judging unchanged code again skips the compiler.
 */
public final class Judge {

    private static final Logger LOG = LoggerFactory.getLogger(Judge.class);
    /** The default compile cache: a few hundred compiles, at most 64 MB of artifacts. */
    private static final int CACHE_ENTRIES = 256;
    private static final long CACHE_BYTES = 64L * 1024 * 1024;

    /** How long a submission waits for a warm sandbox of its language before it is told the pool is busy. */
    public static final Duration BORROW_WAIT = Duration.ofMinutes(2);

    private final HarnessRegistry harnesses;
    private final SandboxLender lender;
    private final Duration borrowWait;
    private final CompileCache compileCache;
    private final double timeFactor;
    private final Duration compileLimit;
    private final boolean allTests;
    private final GeneratedTests generated;
    /** How long a run whose engine failed waits for it to answer again (the private daemon restarts in seconds). */
    private static final long ENGINE_WAIT_SECONDS = 60;
    private static final Duration ENGINE_WAIT = Duration.ofSeconds(ENGINE_WAIT_SECONDS);

    public Judge(HarnessRegistry harnesses, SandboxLender lender, Duration borrowWait) {
        this(harnesses, lender, borrowWait, new CompileCache(CACHE_ENTRIES, CACHE_BYTES));
    }

    /** A judge with the given compile cache (one with no room turns caching off). */
    public Judge(HarnessRegistry harnesses, SandboxLender lender, Duration borrowWait, CompileCache compileCache) {
        this(harnesses, lender, borrowWait, compileCache, 1.0, RunLimits.DEFAULT_COMPILE, false,
                new GeneratedTests(null, new ProblemLoader(Map.of())));
    }

    private Judge(HarnessRegistry harnesses, SandboxLender lender, Duration borrowWait, CompileCache compileCache,
                  double timeFactor, Duration compileLimit, boolean allTests, GeneratedTests generated) {
        this.harnesses = harnesses;
        this.lender = lender;
        this.borrowWait = borrowWait;
        this.compileCache = compileCache;
        this.timeFactor = timeFactor;
        this.compileLimit = compileLimit;
        this.allTests = allTests;
        this.generated = generated;
    }

    /**
     * A judge like this one that keeps the tests problems' generators make in {@code dir} between sessions (the
     * user's data folder); without it they are made once per session.
     */
    public Judge keepingGeneratedTestsIn(Path dir) {
        return new Judge(harnesses, lender, borrowWait, compileCache, timeFactor, compileLimit, allTests,
                new GeneratedTests(dir, new ProblemLoader(Map.of())));
    }

    /**
     * The user's judging settings: every problem's time limit times {@code factor} (slow laptops, busy lab
     * machines), and the compile time limit: a judge like this one (sharing its lender and compile cache) with them.
     */
    public Judge withLimits(double factor, Duration compile) {
        if (factor <= 0 || compile.isNegative() || compile.isZero()) {
            throw new IllegalArgumentException("need a positive time factor and compile limit");
        }
        return new Judge(harnesses, lender, borrowWait, compileCache, factor, compile, allTests, generated);
    }

    public CompileCache compileCache() {
        return compileCache;
    }

    /**
     * Whether a submission runs every test ({@code true}; config {@code judge.allTests}, {@code judge --all}) or stops
     * at the first test that is not accepted, as LeetCode does (the default: the verdict comes as soon as it is known).
     */
    public Judge runningAllTests(boolean all) {
        return new Judge(harnesses, lender, borrowWait, compileCache, timeFactor, compileLimit, all, generated);
    }

    public JudgeResult judge(Submission submission, Consumer<JudgeStage> stages) throws InterruptedException {
        return judge(submission, stages, StepTimes.ignored());
    }

    /** Judges, keeping in {@code times} where the time went (for {@code codedrill bench}). */
    public JudgeResult judge(Submission submission, Consumer<JudgeStage> stages, StepTimes times)
            throws InterruptedException {
        long started = System.nanoTime();
        Problem problem = submission.problem();
        List<TestCase> tests;
        try {
            tests = tests(submission);
        } catch (TestSuite.UnreadableTests e) {
            LOG.warn("the tests of {} could not be read: {}", problem.id(), e.describe());
            return JudgeResult.without(new Verdict.InternalError("This problem's tests could not be read ("
                    + e.describe() + "). This is the problem's fault, not your code's; your code is kept. Its author "
                    + "can see every fault with 'codedrill check " + problem.id() + "'."), List.of());
        }
        RunLimits limits = RunLimits.of(problem, submission.languageId(), timeFactor, compileLimit)
                .stoppingAtFirstFailure(submission.mode() == RunMode.SUBMIT && !allTests);
        HarnessGenerator harness = harnesses.find(submission.languageId()).orElseThrow(() ->
                new IllegalArgumentException("no harness for language '" + submission.languageId() + "'"));
        Verdict refused = refusal(submission.source(), limits);
        if (refused != null) {
            return JudgeResult.without(refused, List.of());
        }
        JudgeResult result;
        try {
            result = attempt(submission, tests, limits, harness, stages, times, started);
        } catch (SandboxFailed first) {
            LOG.warn("the sandbox failed while judging {} in {}; waiting for the engine to run it again",
                    problem.id(), submission.languageId(), first.getCause());
            if (!lender.awaitEngine(ENGINE_WAIT)) {
                return JudgeResult.without(new Verdict.InternalError(ENGINE_GONE), List.of());
            }
            try {
                result = attempt(submission, tests, limits, harness, stages, times, System.nanoTime());
            } catch (SandboxFailed again) {
                LOG.warn("the sandbox failed again while judging {} in {}", problem.id(), submission.languageId(),
                        again.getCause());
                return JudgeResult.without(new Verdict.InternalError(again.plainWords()), List.of());
            }
        }
        times.add(StepTimes.Step.TESTS, Math.round(result.timeMs() * 1_000_000));
        if (limits.stopAtFirstFailure()) {
            result = result.stoppedAtFirstFailure();
        }
        return result.withValuesCut(TestResult.VALUE_CAP);
    }

    /** What the learner is told when the engine stopped during a run and did not come back to run it again. */
    static final String ENGINE_GONE = "The engine that runs code (CodeDrill's private Docker daemon) stopped while "
            + "your code was running and did not come back within " + ENGINE_WAIT_SECONDS + " s. Your code was not "
            + "judged, and it is kept. Check that Docker is running (the status bar, or 'codedrill doctor'), then run "
            + "it again.";

    /** One run of the submission in a borrowed sandbox; the sandbox or its engine failing is a {@link SandboxFailed}. */
    private JudgeResult attempt(Submission submission, List<TestCase> tests, RunLimits limits,
                                HarnessGenerator harness, Consumer<JudgeStage> stages, StepTimes times,
                                long started) throws InterruptedException, SandboxFailed {
        Problem problem = submission.problem();
        String language = submission.languageId();
        BorrowedSandbox sandbox;
        long asked = System.nanoTime();
        times.add(StepTimes.Step.PREPARE, asked - started);
        try {
            sandbox = lender.borrow(language, limits.memoryMb(), borrowWait).timedBy(times);
            times.add(StepTimes.Step.BORROW, System.nanoTime() - asked);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("cancelled while waiting for a sandbox");
            }
            throw new SandboxFailed(noSandbox(language, e), e);
        }
        ReturnCondition how = ReturnCondition.CRASHED; // unless the run ends with a verdict that says otherwise
        try {
            if (submission.mode() == RunMode.SUBMIT && problem.testSuite().generator().isPresent()) {
                try {
                    tests = Stream.concat(tests.stream(), generated.of(problem, sandbox).stream()).toList();
                } catch (GeneratedTests.GeneratorFailed e) {
                    how = ReturnCondition.CLEAN;
                    return JudgeResult.without(new Verdict.InternalError("This problem's hidden tests could not be "
                            + "made. " + e.getMessage() + " This is the problem's fault, not your code's; your code is "
                            + "kept. Its author can see more with 'codedrill check " + problem.id() + "'."), List.of());
                }
            }
            JudgeResult result = problem.kind().called()
                    ? new FunctionJudge().judge(problem, part -> harness.function(problem, submission.source(), part),
                            tests, sandbox, limits, stages, language, compileCache)
                    : new StdioJudge().judge(problem, harness.stdio(submission.source(), limits.memoryMb()), tests,
                            sandbox, limits, stages, language, compileCache);
            how = returnCondition(result.verdict());
            return result;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("cancelled while running");
            }
            throw new SandboxFailed("The sandbox stopped working while your code ran, twice in a row. Your code is "
                    + "kept; run it again. If it keeps happening, check Docker ('codedrill doctor').", e);
        } finally {
            long finishing = System.nanoTime();
            lender.giveBack(sandbox, how);
            times.add(StepTimes.Step.FINISH, System.nanoTime() - finishing);
        }
    }

    /**
     * How a run with this verdict leaves its sandbox: clean only when the code ran its course (accepted, a wrong
     * answer, a compile error); a time, memory or output limit says which; a crash or anything else is a crash.
     */
    static ReturnCondition returnCondition(Verdict verdict) {
        if (verdict instanceof Verdict.Accepted || verdict instanceof Verdict.WrongAnswer
                || verdict instanceof Verdict.CompilationError) {
            return ReturnCondition.CLEAN;
        }
        if (verdict instanceof Verdict.TimeLimitExceeded) {
            return ReturnCondition.TIMED_OUT;
        }
        if (verdict instanceof Verdict.MemoryLimitExceeded) {
            return ReturnCondition.OUT_OF_MEMORY;
        }
        if (verdict instanceof Verdict.OutputLimitExceeded) {
            return ReturnCondition.OUTPUT_FLOODED;
        }
        return ReturnCondition.CRASHED;
    }

    private String noSandbox(String language, RuntimeException e) {
        if (e instanceof BorrowTimeoutException) {
            return "No " + language + " sandbox became free within " + borrowWait.toSeconds() + " s. Wait for the "
                    + "runs ahead of yours to finish, then run again.";
        }
        return "CodeDrill could not start a " + language + " sandbox. Your code is kept. Check that Docker is "
                + "running and that the " + language + " image is there ('codedrill doctor'), then run again.";
    }

    /** The sandbox or its engine failed during a run; {@link #plainWords} is what a learner is told. */
    private static final class SandboxFailed extends Exception {
        SandboxFailed(String plainWords, Throwable cause) {
            super(plainWords, cause);
        }

        String plainWords() {
            return getMessage();
        }
    }

    static List<TestCase> tests(Submission submission) {
        Problem problem = submission.problem();
        return switch (submission.mode()) {
            case SUBMIT -> problem.tests();
            case RUN -> problem.samples().isEmpty() ? problem.tests().subList(0, 1) : problem.samples();
            case CUSTOM -> List.of(new TestCase(0, "custom input", submission.customInput(), null, true));
        };
    }

    /** A source refused before it reaches a compiler, with why. */
    static Verdict refusal(String source, RunLimits limits) {
        int bytes = source.getBytes(StandardCharsets.UTF_8).length;
        if (source.isBlank()) {
            return new Verdict.CompilationError("The source is empty: write a solution first.");
        }
        if (bytes > limits.sourceBytes()) {
            return new Verdict.CompilationError("The source is " + bytes / 1024 + " KB; the limit is "
                    + limits.sourceBytes() / 1024 + " KB.");
        }
        return null;
    }
}
