package dev.codedrill.docker.dind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.app.AppContext;
import dev.codedrill.app.EngineStartup;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.judge.Judge;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.PoolLender;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.Submission;
import dev.codedrill.judge.Verdict;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.problem.Problem;
import dev.codedrill.testing.DockerCli;
import dev.codedrill.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two users of one Docker engine (a lab PC): two data dirs at once get two private daemons, both running and judging
 * side by side, neither replacing the other. The data dirs are kept between runs, so their daemons' volumes (and the
 * runner image in them) are too: only the first run on a machine copies the image in.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class TwoInstallationsTest {

    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "codedrill-tests-two-installations");
    private static final String A_PLUS_B = "a, b = map(int, input().split())\nprint(a + b)\n";

    private static AppContext user(String name) throws Exception {
        Path home = ROOT.resolve(name);
        Files.createDirectories(home);
        StringBuilder languages = new StringBuilder();
        for (String id : LanguageSupports.all().stream().map(LanguageSupport::id).toList()) {
            languages.append(languages.isEmpty() ? "" : ", ").append('"').append(id).append("\": {\"image\": \"")
                    .append(TestEngine.runnerImage()).append("\"}");
        }
        Path config = home.resolve("config.json");
        // no daemon name or volume: each installation names its own
        Files.writeString(config, "{\"dataDir\": \"" + home.resolve("data") + "\", \"docker\": {\"dind\": "
                + "{\"image\": \"codedrill/dind:offline\", \"launch\": \"compat\", \"waitAttempts\": 60, "
                + "\"waitDelayMs\": 500}}, \"languages\": {" + languages + "}}");
        return AppContext.load(config);
    }

    private static RunningEngine start(AppContext context) {
        try {
            return new EngineStartup(context).start(message -> System.out.println("[" + context.settings().docker()
                    .dind().name() + "] " + message));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JudgeResult judge(AppContext context, RunningEngine engine) {
        Language python = context.languages().find("python").orElseThrow().withPoolSize(1);
        Problem aPlusB = context.loadProblems().find("a-plus-b").orElseThrow();
        try (ContainerPool pool = new ContainerPool(engine.engine(), List.of(python),
                PoolConfig.defaults().withSessionId(context.sessionId())).start()) {
            Judge judge = new Judge(HarnessRegistry.standard(), new PoolLender(pool, engine.engine()),
                    Duration.ofMinutes(3));
            return judge.judge(Submission.of(aPlusB, "python", A_PLUS_B, RunMode.SUBMIT), stage -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoDataDirsAtOnceKeepTwoPrivateDaemonsRunningAndJudging() throws Exception {
        AppContext alice = user("alice");
        AppContext bob = user("bob");
        String aliceDaemon = alice.settings().docker().dind().name();
        String bobDaemon = bob.settings().docker().dind().name();
        assertThat(aliceDaemon).isNotEqualTo(bobDaemon);
        List<RunningEngine> engines = new ArrayList<>();
        try {
            CompletableFuture<RunningEngine> aliceStarts = CompletableFuture.supplyAsync(() -> start(alice));
            CompletableFuture<RunningEngine> bobStarts = CompletableFuture.supplyAsync(() -> start(bob));
            RunningEngine aliceEngine = aliceStarts.join();
            engines.add(aliceEngine);
            RunningEngine bobEngine = bobStarts.join();
            engines.add(bobEngine);

            CompletableFuture<JudgeResult> aliceJudged = CompletableFuture.supplyAsync(() -> judge(alice, aliceEngine));
            CompletableFuture<JudgeResult> bobJudged = CompletableFuture.supplyAsync(() -> judge(bob, bobEngine));
            assertThat(aliceJudged.join().verdict()).as(aliceJudged.join().toString())
                    .isInstanceOf(Verdict.Accepted.class);
            assertThat(bobJudged.join().verdict()).as(bobJudged.join().toString())
                    .isInstanceOf(Verdict.Accepted.class);

            String running = DockerCli.ok(DockerCli.run("ps", "--format", "{{.Names}}"));
            assertThat(running.lines()).contains(aliceDaemon, bobDaemon);
            assertThat(engines).allSatisfy(e -> assertThat(e.dind()).isPresent());
        } finally {
            engines.forEach(RunningEngine::close);
            // the containers go; the volumes stay for the next run (the runner image in them)
            DockerCli.run("rm", "-f", aliceDaemon, bobDaemon);
        }
    }
}
