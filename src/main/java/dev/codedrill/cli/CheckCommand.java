package dev.codedrill.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codedrill.app.PlainWords;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.app.AppContext;
import dev.codedrill.authoring.AuthoringFaults;
import dev.codedrill.app.OnExit;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.app.SourceFile;
import dev.codedrill.judge.Judge;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.PoolLender;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.Submission;
import dev.codedrill.judge.SubmissionQueue;
import dev.codedrill.judge.TestResult;
import dev.codedrill.judge.Ticket;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.problem.BrokenProblem;
import dev.codedrill.problem.KeptSubmission;
import dev.codedrill.problem.KeptVerdict;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code codedrill check [ID…] [--lang L]}: runs every reference solution through the real engine and reports
 * problem × language, with the slowest accepted test against the time limit (flagging too little headroom, the way
 * Kattis's tooling sets limits), and each problem's statement, samples and hidden tests. It also judges every kept
 * submission ({@code submissions/<verdict>/}) on every test, stopping at its first failing test, and expects its
 * folder's verdict (docs/architecture.md#kept-submissions). Exit 0 only when all pass. A solution that cannot be
 * read, or is not UTF-8 text, is not judged: its cell or row says why.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Judge every reference solution of the problems (all, or the given ids) in every language.")
final class CheckCommand implements Callable<Integer> {

    /** A limit below this multiple of the slowest reference test leaves learners too little room. */
    static final double HEADROOM = 2.0;

    @ParentCommand
    CodeDrillCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Problem ids (default: all).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "LANG", split = ",", description = "Only these languages.")
    List<String> languageIds = new ArrayList<>();

    @Option(names = "--json", description = "One JSON object with every cell.")
    boolean json;

    @Option(names = "--no-kept", description = "Do not judge the problems' kept submissions (submissions/).")
    boolean noKept;

    @Option(names = "--kept", paramLabel = "FOLDER", split = ",", description = "Only the kept submissions of these "
            + "folders (accepted, wrong_answer, time_limit_exceeded, runtime_error; default: all). Leaving out "
            + "time_limit_exceeded saves a time limit per slow submission.")
    List<String> keptFolders = new ArrayList<>();

    @Option(names = "--kept-each", paramLabel = "N", description = "At most N kept submissions of each problem, "
            + "folder and language, the first by file name (default: every one): a quicker pass over a large pack.")
    Integer keptEach;

    @Option(names = "--workers", defaultValue = "2", description = "Solutions judged at once (default 2).")
    int workers;

    @Option(names = "--derive-limits", description = "Measure each language's reference under a "
            + DerivedLimits.MEASURING_MS + " ms limit and store in problem.json the languages that need more than "
            + "its timeLimitMs (the slowest test x " + DerivedLimits.FACTOR + ", rounded up to 100 ms). "
            + "Kept submissions are not judged: run check again under the new limits.")
    boolean deriveLimits;

    /** The verdict of a language the problem says it cannot be solved in (problem.json's unavailableIn). */
    static final String UNAVAILABLE = "UNAVAILABLE";

    /** One problem × language outcome. */
    record Cell(String problem, String language, String verdict, int passed, int total, double slowestMs,
                int limitMs, String note) {
        boolean ok() {
            return verdict.equals("ACCEPTED") || verdict.equals(UNAVAILABLE);
        }

        boolean tight() {
            return verdict.equals("ACCEPTED") && slowestMs * HEADROOM > limitMs;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        AppContext context = parent.context();
        ProblemLibrary library = context.loadProblems();
        HarnessRegistry harnesses = HarnessRegistry.standard();
        List<Problem> problems = select(library, context.problemRoots());
        List<Language> languages = languages(context, harnesses);
        Set<KeptVerdict> keptVerdicts = keptVerdicts();
        if (keptEach != null && keptEach < 1) {
            throw new ParameterException(spec.commandLine(), "--kept-each takes how many kept submissions to judge "
                    + "of each problem, folder and language: 1 or more, not " + keptEach + " (--no-kept judges none)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problemFaults = new ArrayList<>();
        library.broken().stream().filter(b -> ids.isEmpty() || ids.contains(b.dir().getFileName().toString()))
                .map(BrokenProblem::describe).forEach(problemFaults::add);
        for (Problem p : problems) {
            problemFaults.addAll(AuthoringFaults.of(p));
        }
        long started = System.nanoTime();
        List<Cell> cells = new ArrayList<>();
        List<KeptRow> keptRows = new ArrayList<>();
        var progress = Progress.to(err);
        try (RunningEngine engine = context.startSandboxEngine(progress);
             ContainerPool pool = new ContainerPool(engine.engine(), languages.stream().map(l -> l.withPoolSize(1)).toList(),
                     context.poolConfig()).start();
             OnExit cleanup = OnExit.close(pool);
             SubmissionQueue queue = new SubmissionQueue(new Judge(harnesses, new PoolLender(pool, engine.engine()),
                     Duration.ofMinutes(5)).keepingGeneratedTestsIn(context.generatedTestsDir())::judge, Math.max(1, workers))) {
            Map<Ticket, String[]> pending = new LinkedHashMap<>();
            for (Problem p : problems) {
                for (Language l : languages) {
                    if (p.unavailableIn().containsKey(l.id())) {
                        cells.add(new Cell(p.id(), l.id(), UNAVAILABLE, 0, 0, 0, p.timeLimitMs(l.id()),
                                p.unavailableIn().get(l.id())));
                        continue;
                    }
                    Path file = p.dir().resolve("solutions").resolve(LanguageSupports.of(l.id()).solutionFile());
                    if (!Files.isRegularFile(file)) {
                        cells.add(new Cell(p.id(), l.id(), "MISSING", 0, p.testSuite().count(), 0, p.timeLimitMs(l.id()),
                                "no solutions/" + file.getFileName()));
                        continue;
                    }
                    String source;
                    try {
                        source = SourceFile.read(file);
                    } catch (IOException e) {
                        cells.add(new Cell(p.id(), l.id(), "UNREADABLE", 0, p.testSuite().count(), 0, p.timeLimitMs(l.id()),
                                PlainWords.report(e, "reading " + file)));
                        continue;
                    }
                    Problem judged = deriveLimits ? p.withTimeLimit(DerivedLimits.MEASURING_MS) : p;
                    pending.put(queue.submit(Submission.of(judged, l.id(), source, RunMode.SUBMIT),
                            SubmissionQueue.Listener.NONE), new String[] {p.id(), l.id(), Integer.toString(p.timeLimitMs(l.id()))});
                }
            }
            Map<Ticket, KeptJob> keptPending = new LinkedHashMap<>();
            for (Problem p : noKept || deriveLimits ? List.<Problem>of() : problems) {
                for (KeptSubmission kept : keptToJudge(p, keptVerdicts, languages)) {
                    try {
                        // SUBMIT stops at the first test that fails: enough to prove the verdict, and cheap for TLE
                        keptPending.put(queue.submit(Submission.of(p, kept.languageId(), SourceFile.read(kept.file()),
                                RunMode.SUBMIT), SubmissionQueue.Listener.NONE), new KeptJob(p, kept));
                    } catch (IOException e) {
                        keptRows.add(KeptRow.of(p, kept, "UNREADABLE", PlainWords.report(e, "reading " + kept.file())));
                    }
                }
            }
            int done = 0;
            int jobs = pending.size() + keptPending.size();
            for (Map.Entry<Ticket, String[]> e : pending.entrySet()) {
                String[] key = e.getValue();
                Cell cell;
                try {
                    cell = cell(key[0], key[1], Integer.parseInt(key[2]), e.getKey().result().get());
                } catch (ExecutionException ex) {
                    cell = new Cell(key[0], key[1], "INTERNAL_ERROR", 0, 0, 0, Integer.parseInt(key[2]),
                            PlainWords.report(ex.getCause(), "judging " + key[0] + " in " + key[1]));
                }
                cells.add(cell);
                progress.report(String.format("%d/%d %s %s: %s", ++done, jobs, key[0], key[1], cell.verdict()));
            }
            for (Map.Entry<Ticket, KeptJob> e : keptPending.entrySet()) {
                KeptJob job = e.getValue();
                KeptRow row;
                try {
                    JudgeResult result = e.getKey().result().get();
                    row = KeptRow.of(job.problem(), job.kept(), result.verdict().code(), firstFailure(result));
                } catch (ExecutionException ex) {
                    row = KeptRow.of(job.problem(), job.kept(), "INTERNAL_ERROR", PlainWords.report(ex.getCause(),
                            "judging " + job.kept().file()));
                }
                keptRows.add(row);
                progress.report(String.format("%d/%d %s %s: %s", ++done, jobs, job.problem().id(), row.file(),
                        row.got()));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (deriveLimits) {
            return DerivedLimits.store(problems, cells.stream().filter(c -> c.verdict().equals("ACCEPTED"))
                    .map(c -> new DerivedLimits.Measured(c.problem(), c.language(), c.slowestMs())).toList(), out, err)
                    && problemFaults.isEmpty() && cells.stream().allMatch(Cell::ok) ? 0 : 1;
        }
        keptRows.sort(Comparator.comparing(KeptRow::problem).thenComparing(KeptRow::file));
        boolean ok = problemFaults.isEmpty() && cells.stream().allMatch(Cell::ok)
                && keptRows.stream().allMatch(KeptRow::ok);
        if (json) {
            out.println(json(ok, cells, keptRows, problemFaults, seconds));
        } else {
            table(out, problems, languages, cells, problemFaults, seconds);
            keptTable(out, keptRows);
        }
        return ok ? 0 : 1;
    }

    /** A kept submission in the queue. */
    private record KeptJob(Problem problem, KeptSubmission kept) {
    }

    private List<Problem> select(ProblemLibrary library, List<Path> roots) {
        if (ids.isEmpty()) {
            return library.problems();
        }
        List<Problem> chosen = new ArrayList<>();
        for (String id : ids) {
            library.find(id).ifPresentOrElse(chosen::add, () -> {
                if (library.broken().stream().noneMatch(b -> b.dir().getFileName().toString().equals(id))) {
                    throw new ParameterException(spec.commandLine(), UnknownProblem.message(id, library, roots));
                }
            });
        }
        return chosen;
    }

    private List<Language> languages(AppContext context, HarnessRegistry harnesses) {
        List<Language> chosen = new ArrayList<>();
        for (Language l : context.languages().all()) {
            if ((languageIds.isEmpty() || languageIds.contains(l.id())) && harnesses.find(l.id()).isPresent()) {
                chosen.add(l);
            }
        }
        for (String id : languageIds) {
            if (chosen.stream().noneMatch(l -> l.id().equals(id))) {
                throw new ParameterException(spec.commandLine(), "No harness for language '" + id + "' (available: "
                        + String.join(", ", harnesses.languages()) + ")");
            }
        }
        return chosen;
    }

    /** A complexity in big-O notation: a statement's task and constraints leave the method to the hints. */
    private static Cell cell(String problem, String language, int limitMs, JudgeResult result) {
        double slowest = result.tests().stream().filter(TestResult::ran).mapToDouble(TestResult::timeMs).max().orElse(0);
        return new Cell(problem, language, result.verdict().code(), result.passed(), result.total(), slowest, limitMs,
                firstFailure(result));
    }

    /** The first test that was not accepted, with the first line of its error; empty when all were. */
    private static String firstFailure(JudgeResult result) {
        if (result.verdict().accepted()) {
            return "";
        }
        return result.tests().stream().filter(t -> t.ran() && !t.verdict().accepted()).findFirst()
                .map(t -> "test " + (t.index() + 1) + " (" + t.name() + ")" + (t.error().isBlank() ? "" : ": "
                        + t.error().lines().findFirst().orElse("")))
                .orElse(result.verdict().toString());
    }

    private static void keptTable(PrintWriter out, List<KeptRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.printf("%nkept submissions: %d of %d got their folder's verdict%n",
                rows.stream().filter(KeptRow::ok).count(), rows.size());
        out.printf("%-32s %-12s %-48s %-22s %-22s%n", "problem", "language", "file", "expected", "got");
        rows.forEach(r -> out.printf("%-32s %-12s %-48s %-22s %-22s%s%n", r.problem(), r.language(), r.file(),
                r.expected(), r.got(), r.ok() ? "" : " FAIL"));
        rows.stream().filter(r -> !r.ok()).forEach(r -> out.println(r.failure()));
    }

    private static void table(PrintWriter out, List<Problem> problems, List<Language> languages, List<Cell> cells,
                              List<String> faults, double seconds) {
        out.printf("%-48s", "problem (limit)");
        languages.forEach(l -> out.printf(" %-12s", l.id()));
        out.println();
        for (Problem p : problems) {
            out.printf("%-48s", p.id() + " (" + p.timeLimitMs() + " ms" + ownLimits(p) + ")");
            for (Language l : languages) {
                Cell c = cells.stream().filter(x -> x.problem().equals(p.id()) && x.language().equals(l.id()))
                        .findFirst().orElse(null);
                String shown = c == null ? "-" : c.verdict().equals("ACCEPTED")
                        ? String.format("%s%.0f ms", c.tight() ? "!" : "", c.slowestMs()) : abbreviation(c.verdict());
                out.printf(" %-12s", shown);
            }
            out.println();
        }
        long failed = cells.stream().filter(c -> !c.ok()).count();
        long tight = cells.stream().filter(Cell::tight).count();
        out.printf("%n%d of %d accepted in %.0f s; %d with less than %.0fx headroom (marked !)%n",
                cells.size() - failed, cells.size(), seconds, tight, HEADROOM);
        cells.stream().filter(c -> !c.ok()).forEach(c -> out.printf("FAIL %s %s: %s %d/%d %s%n", c.problem(),
                c.language(), c.verdict(), c.passed(), c.total(), c.note()));
        cells.stream().filter(Cell::tight).forEach(c -> out.printf("TIGHT %s %s: slowest test %.0f ms of a %d ms limit%n",
                c.problem(), c.language(), c.slowestMs(), c.limitMs()));
        faults.forEach(f -> out.println("PROBLEM " + f));
    }

    private static String abbreviation(String verdict) {
        return switch (verdict) {
            case "WRONG_ANSWER" -> "WA";
            case "TIME_LIMIT_EXCEEDED" -> "TLE";
            case "MEMORY_LIMIT_EXCEEDED" -> "MLE";
            case "RUNTIME_ERROR" -> "RE";
            case "COMPILATION_ERROR" -> "CE";
            case "OUTPUT_LIMIT_EXCEEDED" -> "OLE";
            case "MISSING" -> "missing";
            case "UNREADABLE" -> "unreadable";
            case UNAVAILABLE -> "n/a";
            default -> "IE";
        };
    }

    private static String json(boolean ok, List<Cell> cells, List<KeptRow> kept, List<String> faults, double seconds) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("ok", ok);
        root.put("seconds", Math.round(seconds));
        ArrayNode list = root.putArray("results");
        cells.forEach(c -> list.add(mapper.valueToTree(c)));
        ArrayNode keptList = root.putArray("kept");
        kept.forEach(k -> keptList.add(mapper.valueToTree(k)));
        ArrayNode problems = root.putArray("problemFaults");
        faults.forEach(problems::add);
        return root.toString();
    }

    /** The languages with their own time limit, as {@code "; python 3000"}; empty when all share one. */
    private static String ownLimits(Problem p) {
        StringBuilder own = new StringBuilder();
        new java.util.TreeMap<>(p.languageTimeLimitsMs()).forEach((language, ms) ->
                own.append("; ").append(language).append(' ').append(ms));
        return own.toString();
    }

    /**
     * The kept submissions of {@code p} to judge: of those verdicts, in those languages (not one the problem cannot be
     * solved in), and at most {@code --kept-each} of each folder and language, the first by file name
     * ({@link Problem#kept()} is sorted).
     */
    private List<KeptSubmission> keptToJudge(Problem p, Set<KeptVerdict> verdicts, List<Language> languages) {
        Map<String, Integer> taken = new HashMap<>();
        List<KeptSubmission> chosen = new ArrayList<>();
        for (KeptSubmission kept : p.kept()) {
            if (verdicts.contains(kept.expected())
                    && languages.stream().anyMatch(l -> l.id().equals(kept.languageId()))
                    && !p.unavailableIn().containsKey(kept.languageId())
                    && taken.merge(kept.expected() + "/" + kept.languageId(), 1, Integer::sum)
                            <= (keptEach == null ? Integer.MAX_VALUE : keptEach)) {
                chosen.add(kept);
            }
        }
        return chosen;
    }

    /** The verdicts of the kept submissions to judge: every one, or those {@code --kept} names. */
    private Set<KeptVerdict> keptVerdicts() {
        if (keptFolders.isEmpty()) {
            return EnumSet.allOf(KeptVerdict.class);
        }
        if (noKept) {
            throw new ParameterException(spec.commandLine(), "--kept and --no-kept contradict each other: give one");
        }
        Set<KeptVerdict> verdicts = EnumSet.noneOf(KeptVerdict.class);
        for (String folder : keptFolders) {
            verdicts.add(KeptVerdict.ofFolder(folder.strip()).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--kept takes folders of submissions/: " + String.join(", ",
                    KeptVerdict.folders()) + "; not '" + folder + "'")));
        }
        return verdicts;
    }
}
