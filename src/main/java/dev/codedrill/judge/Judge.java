package dev.codedrill.judge;

import dev.codedrill.docker.EngineException;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.HarnessRegistry;
import dev.codedrill.pool.SandboxException;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.TestCase;
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
    /** The default compile cache: a few hundred compiles, at most 64 MB of gzipped artifacts. */
    private static final int CACHE_ENTRIES = 256;
    private static final long CACHE_BYTES = 64L * 1024 * 1024;

    private final HarnessRegistry harnesses;
    private final SandboxLender lender;
    private final Duration borrowWait;
    private final CompileCache compileCache;
    private volatile double timeFactor = 1.0;
    private volatile Duration compileLimit = RunLimits.DEFAULT_COMPILE;

    public Judge(HarnessRegistry harnesses, SandboxLender lender, Duration borrowWait) {
        this(harnesses, lender, borrowWait, new CompileCache(CACHE_ENTRIES, CACHE_BYTES));
    }

    /** A judge with the given compile cache (one with no room turns caching off). */
    public Judge(HarnessRegistry harnesses, SandboxLender lender, Duration borrowWait, CompileCache compileCache) {
        this.harnesses = harnesses;
        this.lender = lender;
        this.borrowWait = borrowWait;
        this.compileCache = compileCache;
    }

    /**
     * The user's judging settings: every problem's time limit times {@code factor} (slow laptops, busy lab
     * machines), and the compile time limit.
     */
    public Judge withLimits(double factor, Duration compile) {
        if (factor <= 0 || compile.isNegative() || compile.isZero()) {
            throw new IllegalArgumentException("need a positive time factor and compile limit");
        }
        this.timeFactor = factor;
        this.compileLimit = compile;
        return this;
    }

    public CompileCache compileCache() {
        return compileCache;
    }

    public JudgeResult judge(Submission submission, Consumer<JudgeStage> stages) throws InterruptedException {
        Problem problem = submission.problem();
        List<TestCase> tests = tests(submission);
        RunLimits limits = RunLimits.of(problem, timeFactor, compileLimit);
        HarnessGenerator harness = harnesses.find(submission.languageId()).orElseThrow(() ->
                new IllegalArgumentException("no harness for language '" + submission.languageId() + "'"));
        Verdict refused = refusal(submission.source(), limits);
        if (refused != null) {
            return JudgeResult.without(refused, List.of());
        }
        Sandbox sandbox;
        try {
            sandbox = lender.borrow(submission.languageId(), limits.memoryMb(), borrowWait);
        } catch (RuntimeException e) {
            LOG.warn("no sandbox for {}", submission.languageId(), e);
            return JudgeResult.without(new Verdict.InternalError("No sandbox was free: " + e.getMessage()), List.of());
        }
        boolean suspect = true;
        try {
            String language = submission.languageId();
            JudgeResult result = problem.kind() == ProblemKind.FUNCTION
                    ? new FunctionJudge().judge(problem, harness.function(problem, submission.source(), tests), tests,
                            sandbox, limits, stages, language, compileCache)
                    : new StdioJudge().judge(problem, harness.stdio(submission.source(), limits.memoryMb()), tests,
                            sandbox, limits, stages, language, compileCache);
            suspect = !(result.verdict() instanceof Verdict.Accepted || result.verdict() instanceof Verdict.WrongAnswer
                    || result.verdict() instanceof Verdict.CompilationError);
            return result;
        } catch (EngineException | SandboxException e) {
            LOG.warn("the sandbox failed while judging {}", problem.id(), e);
            return JudgeResult.without(new Verdict.InternalError("The sandbox failed: " + e.getMessage()), List.of());
        } finally {
            lender.giveBack(sandbox, suspect);
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
