package dev.codedrill.cli;

import dev.codedrill.app.AppContext;
import dev.codedrill.app.NotUtf8Exception;
import dev.codedrill.app.OnExit;
import dev.codedrill.app.PlainWords;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.app.SourceFile;
import dev.codedrill.history.HistoryException;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.Judgement;
import dev.codedrill.history.NewSubmission;
import dev.codedrill.history.SubmissionKind;
import dev.codedrill.history.SubmissionVerdict;
import dev.codedrill.judge.Judge;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.PoolLender;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.Submission;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code codedrill judge --problem ID --lang LANG FILE [--run] [--json]}: judges a file as the app would (Submit, or
 * the samples with --run), records it in the history, prints the verdict and each test. Exit 0 whenever judging
 * happened, whatever the verdict; 2 for a file that cannot be read or is not UTF-8 text (judged as it is or not at
 * all: a byte that is not UTF-8 is never replaced), which is then not recorded either.
 */
@Command(name = "judge", mixinStandardHelpOptions = true,
        description = "Judge a solution file against a problem's tests (all of them, or the samples with --run).")
final class JudgeCommand implements Callable<Integer> {

    @ParentCommand
    CodeDrillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--problem", required = true, paramLabel = "ID", description = "The problem's id.")
    String problemId;

    @Option(names = "--lang", required = true, paramLabel = "LANG", completionCandidates = LanguageIds.class,
            description = "The language: ${COMPLETION-CANDIDATES}.")
    String languageId;

    @Parameters(index = "0", paramLabel = "FILE", description = "The solution's source file.")
    Path file;

    @Option(names = "--run", description = "Run the sample tests only (as the app's Run button).")
    boolean run;

    @Option(names = "--all", description = "Run every test, instead of stopping at the first that is not accepted "
            + "(also config judge.allTests).")
    boolean all;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws InterruptedException, NotUtf8Exception {
        AppContext context = parent.context();
        Problem problem = problem(context.loadProblems(), context.problemRoots());
        Language language = context.languages().find(languageId).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Unknown language '" + languageId + "' (known: " + String.join(", ",
                context.languages().all().stream().map(Language::id).toList()) + ")"));
        HarnessRegistry harnesses = HarnessRegistry.standard();
        if (harnesses.find(language.id()).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Judging " + language.name()
                    + " is not available yet (available: " + String.join(", ", harnesses.languages()) + ")");
        }
        problem.unavailable(language.id()).ifPresent(reason -> {
            throw new ParameterException(spec.commandLine(), reason);
        });
        String source = read(file);
        RunMode mode = run ? RunMode.RUN : RunMode.SUBMIT;
        PrintWriter err = spec.commandLine().getErr();
        var progress = Progress.to(err);
        HistoryStore history = openHistory(context, err);
        Long recorded = history == null ? null : recordQueued(history, new NewSubmission(problem.id(),
                language.id(), run ? SubmissionKind.RUN : SubmissionKind.SUBMIT, source), err);
        try (RunningEngine engine = context.startSandboxEngine(progress).requireLanguage(language.id(),
                language.name());
             ContainerPool pool = new ContainerPool(engine.engine(), List.of(language.withPoolSize(1)),
                     context.poolConfig()).start();
             OnExit cleanup = OnExit.close(pool)) {
            var judging = context.settings().judge();
            Judge judge = new Judge(harnesses, new PoolLender(pool, engine.engine()), Judge.BORROW_WAIT)
                    .withLimits(judging.timeFactor(), Duration.ofSeconds(judging.compileSeconds()))
                    .runningAllTests(all || judging.allTests())
                    .keepingGeneratedTestsIn(context.generatedTestsDir());
            JudgeResult result = judge.judge(Submission.of(problem, language.id(), source, mode),
                    stage -> progress.report(stage.name().toLowerCase(java.util.Locale.ROOT) + "…"));
            progress.report("judged: " + result.verdict().label());
            var report = JudgeReport.json(problem.id(), language.id(), mode, result);
            if (recorded != null) {
                recordJudged(history, recorded, new Judgement(SubmissionVerdict.valueOf(result.verdict().code()),
                        result.passed(), result.total(), Math.round(result.timeMs()), report.toString()), err);
            }
            if (json) {
                spec.commandLine().getOut().println(report.toString());
            } else {
                JudgeReport.table(spec.commandLine().getOut(), problem.id(), language.id(), mode, result);
            }
            return 0;
        } finally {
            if (history != null) {
                history.close(); // a submission not judged by now shows as interrupted next time
            }
        }
    }

    private Problem problem(ProblemLibrary library, List<Path> roots) {
        return library.find(problemId).orElseThrow(() -> new ParameterException(spec.commandLine(),
                UnknownProblem.message(problemId, library, roots)));
    }

    /** The file's text, exactly as it is; a file that is not UTF-8 text is refused, never judged altered. */
    private String read(Path source) throws NotUtf8Exception {
        try {
            return SourceFile.read(source);
        } catch (NotUtf8Exception e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read " + source + ": no such file");
        } catch (AccessDeniedException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read " + source + ": permission denied");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read " + source + ". "
                    + PlainWords.report(e, "reading " + source));
        }
    }

    /** Records the submission as queued; a history that fails is said, and the code is judged anyway. */
    private static Long recordQueued(HistoryStore history, NewSubmission submission, PrintWriter err) {
        try {
            return history.submissions().recordQueued(submission);
        } catch (HistoryException e) {
            err.println("codedrill: not recording this submission. " + PlainWords.report(e, "recording it"));
            return null;
        }
    }

    private static void recordJudged(HistoryStore history, long id, Judgement judgement, PrintWriter err) {
        try {
            history.submissions().recordJudged(id, judgement);
        } catch (HistoryException e) {
            err.println("codedrill: the verdict is not recorded in your history. "
                    + PlainWords.report(e, "recording the verdict"));
        }
    }

    private static HistoryStore openHistory(AppContext context, PrintWriter err) {
        try {
            return HistoryStore.open(context.dirs().dataDir());
        } catch (HistoryException e) {
            err.println("codedrill: not recording this submission. "
                    + PlainWords.report(e, "opening your history"));
            return null;
        }
    }
}
