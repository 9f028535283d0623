package dev.codedrill.judge;

import dev.codedrill.docker.EngineException;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.HarnessRegistry;
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
 * language's harness there, gives the sandbox back, and returns the verdict with every test's details.
 */
public final class Judge {

    private static final Logger LOG = LoggerFactory.getLogger(Judge.class);

    private final HarnessRegistry harnesses;
    private final SandboxLender lender;
    private final Duration borrowWait;

    public Judge(HarnessRegistry harnesses, SandboxLender lender, Duration borrowWait) {
        this.harnesses = harnesses;
        this.lender = lender;
        this.borrowWait = borrowWait;
    }

    public JudgeResult judge(Submission submission, Consumer<JudgeStage> stages) throws InterruptedException {
        Problem problem = submission.problem();
        List<TestCase> tests = tests(submission);
        RunLimits limits = RunLimits.of(problem);
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
            JudgeResult result = problem.kind() == ProblemKind.FUNCTION
                    ? new FunctionJudge().judge(problem, harness.function(problem, submission.source(), tests), tests,
                            sandbox, limits, stages)
                    : new StdioJudge().judge(problem, harness.stdio(submission.source()), tests, sandbox, limits, stages);
            suspect = !(result.verdict() instanceof Verdict.Accepted || result.verdict() instanceof Verdict.WrongAnswer
                    || result.verdict() instanceof Verdict.CompilationError);
            return result;
        } catch (EngineException e) {
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
