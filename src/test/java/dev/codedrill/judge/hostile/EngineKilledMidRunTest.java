package dev.codedrill.judge.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeStage;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.Verdict;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.testing.DockerCli;
import dev.codedrill.testing.JudgeFixture;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestMatrix;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The private daemon killed from outside while a correct submission runs: the health monitor brings the daemon back
 * by itself and the judge runs the submission again, once, so the learner sees Accepted, not an internal error.
 * Every language, on the stdio problem and on the function problem (three of the twelve in the CI subset).
 *
 * <p>This kills the shared test daemon ({@link SharedTestDaemon#NAME}) once per case (again on a rerun): other test
 * JVMs using it at the same time lose it (it comes back on another port), so run this class alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EngineKilledMidRunTest {

    /** After the run starts, when the daemon is killed: inside the first test's 1.5 s sleep. */
    private static final long KILL_AFTER_MS = 700;

    private final Map<String, JudgeFixture> fixtures = new LinkedHashMap<>();
    private final ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();

    @BeforeAll
    void watchTheDaemon() {
        SharedTestDaemon.watch();
    }

    @AfterAll
    void closePools() {
        killer.shutdownNow();
        fixtures.values().forEach(JudgeFixture::close);
    }

    /**
     * Every language, on the stdio problem and on the function problem: twelve kills (8 to 12 s each here). The CI
     * subset ({@link TestMatrix}) kills three: Python on stdio, JavaScript and Go (a compiled run) on the function
     * harness; the recovery itself is the same for every language.
     */
    static Stream<Arguments> runs() {
        if (!TestMatrix.full()) {
            return Stream.of(run(new PythonHostilePrograms(), ProblemKind.STDIO),
                    run(new JavaScriptHostilePrograms(), ProblemKind.FUNCTION),
                    run(new GoHostilePrograms(), ProblemKind.FUNCTION));
        }
        List<HostilePrograms> languages = List.of(new PythonHostilePrograms(), new JavaScriptHostilePrograms(),
                new JavaHostilePrograms(), new CppHostilePrograms(), new GoHostilePrograms(),
                new PhpHostilePrograms());
        return languages.stream().flatMap(programs -> Stream.of(ProblemKind.STDIO, ProblemKind.FUNCTION)
                .map(kind -> run(programs, kind)));
    }

    private static Arguments run(HostilePrograms programs, ProblemKind kind) {
        return Arguments.of(Named.of(programs.name(), programs), kind);
    }

    private JudgeFixture fixture(HostilePrograms programs) {
        return fixtures.computeIfAbsent(programs.name(), name -> new JudgeFixture(programs.generator()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void aCorrectSubmissionWhoseDaemonIsKilledMidRunIsRunAgainAndAccepted(HostilePrograms programs, ProblemKind kind)
            throws Exception {
        JudgeFixture fixture = fixture(programs);
        assertThat(fixture.settle()).as("pool settled: %s", fixture.stats()).isTrue();
        int restartsBefore = SharedTestDaemon.restarts();
        AtomicReference<ScheduledFuture<DockerCli.Result>> kill = new AtomicReference<>();

        JudgeResult result = fixture.judge(HostileProblems.aPlusB(kind, 4000),
                programs.source(kind, Behaviour.SLOW_FIRST_TEST), RunMode.SUBMIT, stage -> {
                    if (stage == JudgeStage.RUNNING && kill.get() == null) { // the first run only, not the retry
                        kill.set(killer.schedule(() -> DockerCli.run("kill", SharedTestDaemon.NAME), KILL_AFTER_MS,
                                TimeUnit.MILLISECONDS));
                    }
                });

        ScheduledFuture<DockerCli.Result> killing = kill.get();
        assertThat(killing != null).as("the run started").isTrue();
        assertThat(killing.isDone()).as("the daemon was killed before the judge answered").isTrue();
        assertThat(killing.get().exit()).as("docker kill: %s", killing.get().output()).isZero();
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.passed()).isEqualTo(3);
        assertThat(SharedTestDaemon.restarts()).as("the health monitor brought the daemon back")
                .isGreaterThan(restartsBefore);

        assertThat(fixture.settle()).as("pool settled after the restart: %s", fixture.stats()).isTrue();
        JudgeResult next = fixture.submit(HostileProblems.aPlusB(kind), programs.source(kind, Behaviour.CORRECT));
        assertThat(next.verdict()).as("the correct submission after: %s", next).isInstanceOf(Verdict.Accepted.class);
    }
}
