package dev.codedrill.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codedrill.app.PlainWords;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.app.AppContext;
import dev.codedrill.app.SourceFile;
import dev.codedrill.app.WindowBenchmark;
import dev.codedrill.failure.RawText;
import dev.codedrill.judge.JudgeBenchmark;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.TestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.EngineException;
import dev.codedrill.lang.Language;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.PoolBenchmark;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.pool.TarCopy;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code codedrill bench}: how much the warm pool saves over a cold container, measured side by side. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time a tiny program through the warm pool (borrow, copy, exec, give back) and through a cold"
                + " container (create, start, copy, exec, remove), interleaved; print p50 and p90 of each.")
final class BenchCommand implements Callable<Integer> {

    private static final Duration WARM_UP_TIMEOUT = Duration.ofMinutes(3);

    @ParentCommand
    CodeDrillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", split = ",", paramLabel = "LANG",
            description = "Language id(s), e.g. python or python,go (required unless --window).")
    List<String> languageIds;

    @Option(names = "--runs", defaultValue = "20", paramLabel = "N", description = "Measured runs per path (default 20).")
    int runs;

    @Option(names = "--copy", defaultValue = "EXEC", paramLabel = "HOW",
            description = "How both paths copy the tar in: EXEC (an exec of its own unpacks it, as Lease.copyIn does),"
                    + " ARCHIVE (the engine's archive upload, docker cp) or INLINE (the exec that runs the program"
                    + " unpacks it first, TarCopy.withFiles). Default: ${DEFAULT-VALUE}.")
    TarCopy.Method copy;

    @Option(names = "--json", description = "One JSON object per language, one per line.")
    boolean json;

    @Option(names = "--judge", description = "Measure submit → verdict end to end instead: the two-sum reference"
            + " solution on its small tests (each submission a source new to the judge), through the warm pool and"
            + " the cold path; for compiled languages also the same source again (its compile cached); and the"
            + " throughput of concurrent submissions.")
    boolean judge;

    @Option(names = "--concurrent", defaultValue = "8", paramLabel = "N",
            description = "With --judge: submissions queued at once for the throughput figure (default 8).")
    int concurrent;

    @Option(names = "--at-once", description = "With --judge: each warm submission right after the one before, while "
            + "the warm runtimes its container started after its reset may still be starting (default: once they "
            + "are ready, as at a learner's pace).")
    boolean atOnce;

    @Option(names = "--runtime", split = ",", paramLabel = "RUNTIME",
            description = "The sandboxes' OCI runtime(s), measured one after the other, e.g. runc,runsc to see what"
                    + " gVisor costs (default: the config's sandbox.runtime); each row then names its runtime.")
    List<String> runtimes;

    @Option(names = "--window", description = "Measure instead how long the app's window takes to appear: launch"
            + " the GUI --runs times (default 5 here), each reporting JVM start → window shown (needs a display);"
            + " with the class-data sharing archive beside the jar when there is one, as the installed app starts.")
    boolean window;

    @Override
    public Integer call() throws InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        if (window) {
            return windowBench(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (languageIds == null || languageIds.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '--lang=LANG' (or --window)");
        }
        AppContext context = parent.context();
        List<Language> languages = new ArrayList<>();
        for (String id : languageIds) {
            languages.add(context.languages().find(id).orElseThrow(() -> new IllegalArgumentException(
                    "unknown language '" + id + "' (known: " + String.join(", ",
                            context.languages().all().stream().map(Language::id).toList()) + ")")));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PoolBenchmark.Result> results = new ArrayList<>();
        List<String> measured = runtimes == null || runtimes.isEmpty()
                ? java.util.Collections.singletonList(context.settings().sandbox().runtime()) : runtimes;
        if (judge) {
            return judgeBench(context, languages, measured, out, err);
        }
        try (RunningEngine running = context.startSandboxEngine(Progress.to(err))) {
            DockerEngine engine = running.engine();
            for (String runtime : measured) {
                for (Language language : languages) {
                    if (!engine.imagePresent(language.image())) {
                        err.println("codedrill: the image of " + language.id() + " (" + language.image()
                                + ") is not on " + engine.endpoint() + "; run 'codedrill doctor'");
                        return 1;
                    }
                    PoolBenchmark.Result r = measure(engine, language, context.sessionId(), runtime, err);
                    results.add(new PoolBenchmark.Result(label(language.id(), runtime), r.runs(), r.warmP50(),
                            r.warmP90(), r.coldP50(), r.coldP90()));
                }
            }
        } catch (EngineException e) {
            err.println("codedrill: " + PlainWords.report(e, "measuring the warm pool"));
            return 1;
        }
        if (json) {
            printJson(out, results);
        } else {
            printTable(out, results);
        }
        return 0;
    }

    /** A row's name: the language, and the runtime when one was asked for by name. */
    private String label(String languageId, String runtime) {
        return runtimes == null || runtimes.isEmpty() ? languageId : languageId + "@" + runtime;
    }

    private PoolBenchmark.Result measure(DockerEngine engine, Language language, String sessionId, String runtime,
                                         PrintWriter err) throws InterruptedException {
        Language pooled = language.withPoolSize(Math.max(1, language.poolSize()));
        ContainerPool pool = new ContainerPool(engine, List.of(pooled),
                PoolConfig.defaults().withSessionId(sessionId).withRuntime(runtime));
        // Ctrl+C during a benchmark must not leave containers behind.
        Thread hook = new Thread(pool::close, "codedrill-bench-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            pool.start();
            if (!pool.awaitSettled(WARM_UP_TIMEOUT)) {
                err.println("codedrill: the " + language.id() + " pool is not warm after " + WARM_UP_TIMEOUT.toMinutes()
                        + " min: " + pool.stats(language.id()).describe());
            }
            return new PoolBenchmark(engine, copy).run(pool, pooled, runs);
        } finally {
            pool.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting; the hook runs (and does nothing, the pool being closed)
            }
        }
    }

    private void printTable(PrintWriter out, List<PoolBenchmark.Result> results) {
        out.printf("Warm pool (borrow, copy, exec, give back) vs cold container (create, start, copy, exec, remove), "
                + "%d runs each, copy by %s%n", runs, copy.name().toLowerCase(java.util.Locale.ROOT));
        out.printf("%-12s %10s %10s %10s %10s %14s%n", "language", "warm p50", "warm p90", "cold p50", "cold p90",
                "cold/warm p50");
        for (PoolBenchmark.Result r : results) {
            out.printf("%-12s %10s %10s %10s %10s %13.1fx%n", r.language(), ms(r.warmP50()), ms(r.warmP90()),
                    ms(r.coldP50()), ms(r.coldP90()), r.speedup());
        }
        out.flush();
    }

    private void printJson(PrintWriter out, List<PoolBenchmark.Result> results) {
        ObjectMapper mapper = new ObjectMapper();
        for (PoolBenchmark.Result r : results) {
            ObjectNode node = mapper.createObjectNode()
                    .put("language", r.language())
                    .put("runs", r.runs())
                    .put("copy", copy.name().toLowerCase(java.util.Locale.ROOT))
                    .put("warmP50Ms", millis(r.warmP50()))
                    .put("warmP90Ms", millis(r.warmP90()))
                    .put("coldP50Ms", millis(r.coldP50()))
                    .put("coldP90Ms", millis(r.coldP90()))
                    .put("speedup", Math.round(r.speedup() * 10) / 10.0);
            out.println(node.toString());
        }
        out.flush();
    }

    /**
     * Where the time of a submission went, the p50 of each step: the steps that are execs (compile exec, run exec)
     * hold the times the sandbox's script measured inside them (compiler; program, which holds the tests').
     */
    private static void printBreakdown(PrintWriter out, List<JudgeBenchmark.Result> results) {
        List<String> columns = List.of("prepare", "borrow", "compile exec", "compiler", "run exec", "program", "tests",
                "finish", "other");
        out.printf("%nWhere the time went (p50 of each step, ms; compiler is inside compile exec, program inside run"
                + " exec, tests inside program)%n");
        out.printf("%-12s %-6s", "language", "path");
        columns.forEach(c -> out.printf(" %12s", c));
        out.println();
        for (JudgeBenchmark.Result r : results) {
            for (var path : List.of(Map.entry("warm", r.warmSteps()), Map.entry("cold", r.coldSteps()),
                    Map.entry("cached", r.cachedSteps()))) {
                if (path.getValue().isEmpty()) {
                    continue; // an interpreted language is never cached
                }
                out.printf("%-12s %-6s", r.language(), path.getKey());
                columns.forEach(c -> {
                    Double v = path.getValue().get(c);
                    out.printf(" %12s", v == null ? "-" : String.format("%.0f", v));
                });
                out.println();
            }
        }
    }

    private int judgeBench(AppContext context, List<Language> languages, List<String> measured, PrintWriter out,
                           PrintWriter err) throws InterruptedException {
        Problem twoSum = context.loadProblems().find("two-sum").orElseThrow(() ->
                new IllegalArgumentException("the benchmark needs the bundled problem two-sum"));
        // the small tests: the learner-sized submissions whose latency the benchmark is about
        List<TestCase> small = twoSum.tests().stream().filter(t -> t.input().toString().length() < 10_000).toList();
        Problem problem = new Problem(twoSum.id(), twoSum.title(), twoSum.difficulty(), twoSum.tags(), twoSum.kind(),
                twoSum.signature(), twoSum.comparator(), twoSum.timeLimitMs(), twoSum.memoryLimitMb(),
                twoSum.statement(), small, twoSum.dir());
        HarnessRegistry harnesses = HarnessRegistry.standard();
        List<JudgeBenchmark.Result> results = new ArrayList<>();
        try (RunningEngine running = context.startSandboxEngine(Progress.to(err))) {
            for (String runtime : measured) {
                for (Language language : languages) {
                    if (harnesses.find(language.id()).isEmpty()) {
                        err.println("codedrill: no harness for " + language.id() + " yet");
                        return 1;
                    }
                    String source;
                    Path solution = twoSum.dir().resolve("solutions").resolve(LanguageSupports.of(language.id()).solutionFile());
                    if (!Files.isRegularFile(solution)) {
                        err.println("codedrill: no two-sum reference solution for " + language.id() + " ("
                                + solution + ")");
                        return 1;
                    }
                    try {
                        source = SourceFile.read(solution);
                    } catch (IOException e) {
                        err.println("codedrill: " + PlainWords.report(e, "reading " + solution));
                        return 1;
                    }
                    Progress.to(err).report("measuring " + language.id() + " (" + runs + " runs each way)…");
                    JudgeBenchmark.Result r = new JudgeBenchmark(running.engine(), harnesses, context.sessionId())
                            .withRuntime(runtime).atOnce(atOnce).run(language, problem, source, runs, concurrent);
                    results.add(r.labelled(label(language.id(), runtime)));
                }
            }
        } catch (EngineException e) {
            err.println("codedrill: " + PlainWords.report(e, "measuring judging"));
            return 1;
        }
        ObjectMapper mapper = new ObjectMapper();
        if (!json) {
            out.printf("Submit → verdict, two-sum (%d tests), %d runs each way, each a source new to the judge;"
                    + " cached = the same source again (compiled languages); throughput with %d queued at once"
                    + " on 2 workers%n", problem.tests().size(), runs, concurrent);
            out.printf("%-12s %10s %10s %10s %10s %9s %11s %11s %12s%n", "language", "warm p50", "warm p90",
                    "cold p50", "cold p90", "cold/warm", "cached p50", "cached p90", "per second");
        }
        for (JudgeBenchmark.Result r : results) {
            if (json) {
                ObjectNode node = mapper.createObjectNode().put("language", r.language()).put("mode", "judge")
                        .put("runs", r.runs()).put("tests", r.tests())
                        .put("warmP50Ms", millis(r.warmP50())).put("warmP90Ms", millis(r.warmP90()))
                        .put("coldP50Ms", millis(r.coldP50())).put("coldP90Ms", millis(r.coldP90()))
                        .put("speedup", Math.round(r.speedup() * 10) / 10.0)
                        .put("submissionsPerSecond", Math.round(r.perSecond() * 100) / 100.0)
                        .put("concurrent", r.concurrent());
                if (r.compiled()) {
                    node.put("cachedP50Ms", millis(r.cachedP50())).put("cachedP90Ms", millis(r.cachedP90()));
                }
                if (r.plainP50() != null) {
                    node.put("withoutWarmRuntimeP50Ms", millis(r.plainP50()));
                }
                ObjectNode steps = node.putObject("stepsP50Ms");
                steps.set("warm", mapper.valueToTree(r.warmSteps()));
                steps.set("cold", mapper.valueToTree(r.coldSteps()));
                if (!r.cachedSteps().isEmpty()) {
                    steps.set("cached", mapper.valueToTree(r.cachedSteps()));
                }
                out.println(node.toString());
            } else {
                out.printf("%-12s %10s %10s %10s %10s %8.1fx %11s %11s %12.2f%n", r.language(), ms(r.warmP50()),
                        ms(r.warmP90()), ms(r.coldP50()), ms(r.coldP90()), r.speedup(),
                        r.compiled() ? ms(r.cachedP50()) : "-", r.compiled() ? ms(r.cachedP90()) : "-", r.perSecond());
            }
        }
        if (!json) {
            printBreakdown(out, results);
            if (results.stream().anyMatch(r -> r.plainP50() != null)) {
                out.printf("%nWarm runtimes (the interpreter started ahead of the run): warm p50 with them, and without"
                        + " them (the run starts the interpreter)%n");
                results.stream().filter(r -> r.plainP50() != null).forEach(r -> out.printf("%-12s %10s %10s%n",
                        r.language(), ms(r.warmP50()), ms(r.plainP50())));
            }
        }
        out.flush();
        return 0;
    }

    private int windowBench(PrintWriter out, PrintWriter err) throws InterruptedException {
        int launches = spec.commandLine().getParseResult().hasMatchedOption("--runs") ? runs : 5;
        List<String> appArgs = parent.configFile() == null ? List.of()
                : List.of("--config", parent.configFile().toString());
        WindowBenchmark.Result result;
        try {
            Progress.to(err).report("launching the app " + launches + " times…");
            result = new WindowBenchmark(WindowBenchmark.currentJar(), appArgs).run(launches);
        } catch (IOException e) {
            // WindowBenchmark says in words what went wrong with the launches; anything else is reported
            err.println("codedrill: " + (e.getClass() == IOException.class && RawText.isPlain(e.getMessage())
                    ? e.getMessage() : PlainWords.report(e, "launching the app")));
            return 1;
        }
        if (json) {
            ObjectNode node = new ObjectMapper().createObjectNode().put("mode", "window").put("runs", launches)
                    .put("shownP50Ms", result.shownP50()).put("shownP90Ms", result.shownP90())
                    .put("readyP50Ms", result.readyP50()).put("readyP90Ms", result.readyP90())
                    .put("classDataSharing", result.archive() == null ? null : result.archive().toString());
            var each = node.putArray("shownMs");
            result.launches().forEach(l -> each.add(l.shownMs()));
            var ready = node.putArray("readyMs");
            result.launches().forEach(l -> ready.add(l.readyMs()));
            out.println(node.toString());
        } else {
            out.printf("Launch (JVM start) → window on screen, and → problems and history loaded (browsable), "
                    + "%d launches (each quits then: the engine is not started)%n", launches);
            out.printf("class-data sharing: %s%n", result.archive() != null ? result.archive()
                    : "none (the Linux installers make " + WindowBenchmark.CLASS_DATA_ARCHIVE + " beside the jar)");
            out.printf("window shown: p50 %d ms, p90 %d ms   each: %s%n", result.shownP50(), result.shownP90(),
                    result.launches().stream().map(l -> l.shownMs() + " ms").toList());
            out.printf("browsable:    p50 %d ms, p90 %d ms   each: %s%n", result.readyP50(), result.readyP90(),
                    result.launches().stream().map(l -> l.readyMs() + " ms").toList());
        }
        out.flush();
        return 0;
    }

    private static String ms(Duration d) {
        return Math.round(millis(d)) + " ms";
    }

    private static double millis(Duration d) {
        return Math.round(d.toNanos() / 100_000.0) / 10.0;
    }
}
