package dev.codedrill.cli;

import dev.codedrill.app.AppContext;
import dev.codedrill.app.NotUtf8Exception;
import dev.codedrill.app.OnExit;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.app.SourceFile;
import dev.codedrill.judge.Judge;
import dev.codedrill.judge.PoolLender;
import dev.codedrill.judge.Stress;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code codedrill stress}: random tests from a generator, answered by a brute force, against a solution, until they
 * disagree; prints the smallest input they disagree on.
 */
@Command(name = "stress", mixinStandardHelpOptions = true,
        description = "Stress-test a solution: a generator (Python, gen.py SEED prints one input: standard input, or"
                + " a function's arguments as a JSON object) makes random tests, a brute force answers them, and the"
                + " solution is judged on them until the two disagree. Prints the smallest input they disagree on.")
final class StressCommand implements Callable<Integer> {

    @ParentCommand
    CodeDrillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--problem", required = true, paramLabel = "ID", description = "The problem (its kind, signature,"
            + " comparator and limits).")
    String problemId;

    @Option(names = "--generator", required = true, paramLabel = "gen.py", description = "The generator (Python).")
    Path generator;

    @Option(names = "--brute", required = true, paramLabel = "FILE", description = "The brute-force solution; its"
            + " language is its extension's.")
    Path brute;

    @Option(names = "--lang", paramLabel = "LANG", description = "The solution's language (default: its extension's).")
    String languageId;

    @Parameters(index = "0", paramLabel = "FILE", description = "The solution to stress.")
    Path solution;

    @Option(names = "--rounds", defaultValue = "10", description = "Rounds at most (default: 10).")
    int rounds;

    @Option(names = "--tests", defaultValue = "30", description = "Random tests per round (default: 30).")
    int perRound;

    @Option(names = "--seed", defaultValue = "1", description = "The first seed (default: 1).")
    long seed;

    @Override
    public Integer call() throws InterruptedException {
        AppContext context = parent.context();
        ProblemLibrary library = context.loadProblemsTestsLater();
        Problem problem = library.find(problemId).orElseThrow(() -> new ParameterException(spec.commandLine(),
                UnknownProblem.message(problemId, library, context.problemRoots())));
        if (rounds < 1 || perRound < 1 || perRound > 500) {
            throw new ParameterException(spec.commandLine(), "--rounds must be at least 1 and --tests between 1 and"
                    + " 500");
        }
        Stress.Program bruteProgram = new Stress.Program(language(context, brute, null), read(brute));
        Stress.Program solutionProgram = new Stress.Program(language(context, solution, languageId), read(solution));
        String generatorSource = read(generator);
        Set<String> ids = new LinkedHashSet<>(List.of("python", bruteProgram.languageId(),
                solutionProgram.languageId()));
        List<Language> languages = ids.stream().map(id -> context.languages().find(id).orElseThrow()
                .withPoolSize(1)).toList();
        PrintWriter out = spec.commandLine().getOut();
        var progress = Progress.to(spec.commandLine().getErr());
        try (RunningEngine engine = context.startSandboxEngine(progress);
             ContainerPool pool = new ContainerPool(engine.engine(), languages, context.poolConfig()).start();
             OnExit cleanup = OnExit.close(pool)) {
            var judging = context.settings().judge();
            Judge judge = new Judge(HarnessRegistry.standard(), new PoolLender(pool, engine.engine()),
                    Judge.BORROW_WAIT).withLimits(judging.timeFactor(), Duration.ofSeconds(judging.compileSeconds()));
            Stress.Outcome outcome = new Stress(judge).run(problem, generatorSource, bruteProgram, solutionProgram,
                    rounds, perRound, seed, progress::report);
            if (outcome.failure().isEmpty()) {
                out.println("No disagreement in " + outcome.tests() + " random tests (seeds " + seed + " to "
                        + (seed + outcome.tests() - 1) + "). More rounds, or a generator of other shapes, may find"
                        + " one.");
                out.flush();
                return 0;
            }
            Stress.Failure f = outcome.failure().get();
            out.println("The solution and the brute force disagree: " + f.verdict().label() + " on seed " + f.seed()
                    + ", the smallest of the inputs they disagree on (" + outcome.tests() + " random tests).");
            out.println("Input:");
            out.println(f.input().stripTrailing());
            out.println("Expected (the brute force):");
            out.println(f.expected().stripTrailing());
            out.println("Your solution:");
            out.println(f.actual().stripTrailing());
            out.flush();
            return 1;
        } catch (Stress.ProgramFailed e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }

    private String language(AppContext context, Path file, String given) {
        if (given != null) {
            if (context.languages().find(given).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Unknown language '" + given + "'");
            }
            return given;
        }
        String name = file.getFileName().toString();
        String id = LanguageSupports.byExtension().get(name.substring(name.lastIndexOf('.') + 1));
        if (id == null) {
            throw new ParameterException(spec.commandLine(), "Which language is " + file + "? Give --lang, or name"
                    + " it .py, .js, .java, .cpp, .go, .php or .rs.");
        }
        return id;
    }

    private String read(Path file) {
        try {
            return SourceFile.read(file);
        } catch (NotUtf8Exception e) {
            throw new ParameterException(spec.commandLine(), file + " is not UTF-8 text: " + e.getMessage());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read " + file + ": no such file, or it cannot"
                    + " be read");
        }
    }
}
