package dev.codedrill.app;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.docker.StartupProgress;
import dev.codedrill.judge.Judge;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.PoolLender;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.Submission;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.PoolStats;
import dev.codedrill.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last word of {@code doctor}: can code run? Fills a small pool per language with an image, and runs the
 * a-plus-b samples with its reference solution through the judge, one line per language with the pool's state.
 */
final class SandboxCheck {

    private final AppContext context;

    SandboxCheck(AppContext context) {
        this.context = context;
    }

    List<DoctorCheck> run(RunningEngine running, StartupProgress progress) throws InterruptedException {
        HarnessRegistry harnesses = HarnessRegistry.standard();
        List<Language> languages = new ArrayList<>();
        for (Language l : context.languages().all()) {
            boolean available = running.images().stream()
                    .anyMatch(i -> i.available() && i.usedBy().contains(l.id()));
            if (available && harnesses.find(l.id()).isPresent()) {
                languages.add(l.withPoolSize(1));
            }
        }
        List<DoctorCheck> checks = new ArrayList<>();
        Optional<Problem> aPlusB = context.loadProblems().find("a-plus-b");
        progress.report("Starting a sandbox per language…");
        try (ContainerPool pool = new ContainerPool(running.engine(), languages,
                context.poolConfig()).start();
             OnExit cleanup = OnExit.close(pool)) {
            pool.awaitSettled(Duration.ofMinutes(3));
            Judge judge = new Judge(harnesses, new PoolLender(pool, running.engine()), Judge.BORROW_WAIT);
            for (Language l : languages) {
                DoctorCheck check = check(l, pool.stats(l.id()), judge, aPlusB, progress);
                checks.add(check.ok() ? new DoctorCheck(check.subject(), true, check.detail() + "; pool: "
                        + pool.stats(l.id()).describe(), "") : check);
            }
            progress.report("Looking at the kernel a sandbox runs on…");
            checks.add(SandboxRuntimeCheck.run(pool, running.engine(), languages, context.settings().sandbox()));
        }
        for (Language l : context.languages().all()) {
            if (harnesses.find(l.id()).isEmpty()) {
                checks.add(DoctorCheck.problem("sandbox " + l.id(), "no harness in this build", "update CodeDrill"));
            }
        }
        return checks;
    }

    private static DoctorCheck check(Language language, PoolStats stats, Judge judge, Optional<Problem> problem,
                                     StartupProgress progress) throws InterruptedException {
        String subject = "sandbox " + language.id();
        if (stats.idle() == 0) {
            return DoctorCheck.problem(subject, "no container could be made: " + stats.describe(),
                    "see the error above; check the image " + language.image());
        }
        if (problem.isEmpty()) {
            return DoctorCheck.ok(subject, "ready (" + stats.describe() + "); no a-plus-b problem to run");
        }
        Path solution = problem.get().dir().resolve("solutions").resolve(LanguageSupports.of(language.id()).solutionFile());
        if (!Files.isRegularFile(solution)) {
            return DoctorCheck.ok(subject, "ready (" + stats.describe() + "); no a-plus-b solution to run");
        }
        String source;
        try {
            source = SourceFile.read(solution);
        } catch (IOException e) {
            return DoctorCheck.problem(subject, PlainWords.report(e, "reading " + solution),
                    "restore the file (it comes with CodeDrill)");
        }
        progress.report("Running a-plus-b in " + language.id() + "…");
        long start = System.nanoTime();
        JudgeResult result = judge.judge(Submission.of(problem.get(), language.id(), source, RunMode.RUN), s -> { });
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!result.verdict().accepted()) {
            return DoctorCheck.problem(subject, "a-plus-b's reference solution was judged " + result.verdict().label()
                    + ": " + result.verdict(), "run 'codedrill check a-plus-b --lang " + language.id() + "'");
        }
        return DoctorCheck.ok(subject, "code runs: a-plus-b samples accepted in " + ms + " ms ("
                + language.image() + ")");
    }
}
