package dev.codedrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codedrill.app.AppContext;
import dev.codedrill.judge.Judge;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeResultJson;
import dev.codedrill.judge.PoolLender;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.Submission;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.problem.BrokenProblem;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.testing.SharedTestDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A problem written into a temporary pack, loaded as {@code codedrill judge} loads it, and judged on every test with
 * the production judge against the shared test daemon; the result is the JSON {@code judge --all --json} prints
 * ({@link JudgeResultJson}). The pools are the JVM's, one warm sandbox per language, kept between judge calls: a CLI
 * run per call started and tore down a pool each time, most of what the format's tests took.
 */
final class TempProblemJudge {

    private static final Map<String, ContainerPool> POOLS = new ConcurrentHashMap<>();

    private final Path temp;
    private final String id;

    private TempProblemJudge(Path temp, String id) {
        this.temp = temp;
        this.id = id;
    }

    /** Writes the problem's files into {@code temp/pack/ID}. */
    static TempProblemJudge write(Path temp, String id, String problemJson, String statement, String testsJson)
            throws IOException {
        Path dir = Files.createDirectories(temp.resolve("pack").resolve(id));
        Files.writeString(dir.resolve("problem.json"), problemJson);
        Files.writeString(dir.resolve("statement.md"), statement);
        Files.writeString(dir.resolve("tests.json"), testsJson);
        return new TempProblemJudge(temp, id);
    }

    /** The problem's folder, for files beyond the three. */
    Path dir() {
        return temp.resolve("pack").resolve(id);
    }

    /** Judges {@code source} in {@code language} on every test; the JSON {@code judge --all --json} prints. */
    JsonNode judge(String language, String source) {
        ProblemLibrary library = new ProblemLoader(LanguageSupports.byExtension()).load(List.of(temp.resolve("pack")));
        Problem problem = library.find(id).orElseThrow(() -> new AssertionError("the problem did not load: "
                + library.broken().stream().map(BrokenProblem::describe).toList()));
        AppContext context = SharedTestDaemon.context();
        var judging = context.settings().judge();
        Judge judge = new Judge(HarnessRegistry.standard(), new PoolLender(pool(language), SharedTestDaemon.engine()),
                Judge.BORROW_WAIT)
                .withLimits(judging.timeFactor(), Duration.ofSeconds(judging.compileSeconds()))
                .runningAllTests(true)
                .keepingGeneratedTestsIn(context.generatedTestsDir());
        try {
            JudgeResult result = judge.judge(Submission.of(problem, language, source, RunMode.SUBMIT), stage -> { });
            return JudgeResultJson.of(problem.id(), language, RunMode.SUBMIT, result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The language's pool of one warm sandbox, started on first use and closed when the JVM ends. */
    private static ContainerPool pool(String languageId) {
        return POOLS.computeIfAbsent(languageId, l -> {
            AppContext context = SharedTestDaemon.context();
            Language language = context.languages().find(l).orElseThrow().withPoolSize(1);
            ContainerPool pool = new ContainerPool(SharedTestDaemon.engine(), List.of(language),
                    context.poolConfig()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(pool::close, "temp-problem-pool-" + l));
            return pool;
        });
    }
}
