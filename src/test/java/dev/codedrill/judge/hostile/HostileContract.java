package dev.codedrill.judge.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.testing.JudgeFixture;
import dev.codedrill.testing.TestMatrix;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile programs through the production path (warm pool, private daemon), in one language, on a stdio problem and
 * on a function problem (one of them per language in the CI subset: {@link #kindInTheCiSubset}): each ends in its
 * verdict in bounded time (a hang fails by the timeout), and the next correct submission in the same pool is
 * accepted. A language's test extends this with its {@link HostilePrograms}.
 *
 * <p>A submission's verdict is its first failing test's; the tests after it may not have run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
abstract class HostileContract {

    protected abstract HostilePrograms programs();

    /**
     * The kind the CI subset runs the hostile programs on in this language ({@link TestMatrix}): the languages take
     * turns, so both kinds meet every hostile program in three languages; the full matrix runs both everywhere.
     */
    protected abstract ProblemKind kindInTheCiSubset();

    /** The kinds each hostile program is judged on: both in the full matrix, one in the CI subset. */
    Stream<ProblemKind> hostileKinds() {
        // a design class runs in the function harness: FUNCTION covers it
        return TestMatrix.full() ? Stream.of(ProblemKind.FUNCTION, ProblemKind.STDIO) : Stream.of(kindInTheCiSubset());
    }

    private JudgeFixture fixture;
    /** The kind of the last submission, for the check after it. */
    private ProblemKind lastKind = ProblemKind.STDIO;

    @BeforeAll
    void startPool() {
        fixture = new JudgeFixture(programs().generator());
    }

    @AfterAll
    void closePool() {
        fixture.close();
    }

    /** After every run, hostile or not, the pool recovers and a correct program of the same kind is accepted. */
    @AfterEach
    void theNextCorrectSubmissionIsAccepted() throws Exception {
        assertThat(fixture.settle()).as("pool settled: %s", fixture.stats()).isTrue();
        JudgeResult next = submit(lastKind, Behaviour.CORRECT);
        assertThat(next.verdict()).as("the correct submission after: %s", next).isInstanceOf(Verdict.Accepted.class);
    }

    private JudgeResult submit(ProblemKind kind, Behaviour behaviour) {
        lastKind = kind;
        return fixture.submit(HostileProblems.aPlusB(kind), programs().source(kind, behaviour));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ProblemKind.class, names = {"FUNCTION", "STDIO"}) // a design class runs in the function harness
    void aCorrectProgramIsAccepted(ProblemKind kind) {
        JudgeResult result = submit(kind, Behaviour.CORRECT);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.passed()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileKinds")
    void printingToStdoutForEverIsAnOutputLimit(ProblemKind kind) {
        JudgeResult result = submit(kind, Behaviour.ENDLESS_STDOUT);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.OutputLimitExceeded.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileKinds")
    void writingToStderrForEverIsAnOutputOrTimeLimitNeverARuntimeError(ProblemKind kind) {
        JudgeResult result = submit(kind, Behaviour.ENDLESS_STDERR);
        assertThat(result.verdict()).as(String.valueOf(result))
                .isInstanceOfAny(Verdict.OutputLimitExceeded.class, Verdict.TimeLimitExceeded.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileKinds")
    void anEndlessLoopIsATimeLimit(ProblemKind kind) {
        JudgeResult result = submit(kind, Behaviour.ENDLESS_LOOP);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.TimeLimitExceeded.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileKinds")
    void sleepingIsATimeLimit(ProblemKind kind) {
        JudgeResult result = submit(kind, Behaviour.SLEEP);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.TimeLimitExceeded.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileKinds")
    void killingItsParentIsARuntimeErrorThatNamesTheSignalOrTheRefusal(ProblemKind kind) {
        // Which process is the parent depends on the language's harness; the sandbox may refuse to kill it
        JudgeResult result = submit(kind, Behaviour.KILL_PARENT);
        assertThat(result.verdict()).as(String.valueOf(result))
                .isNotInstanceOf(Verdict.MemoryLimitExceeded.class)
                .isInstanceOfSatisfying(Verdict.RuntimeError.class, e ->
                        assertThat(e.error()).containsAnyOf("SIGKILL", "signal 9", "the kill was refused"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileKinds")
    void aForkBombEndsInATimeLimitARuntimeErrorOrAMemoryLimit(ProblemKind kind) {
        JudgeResult result = submit(kind, Behaviour.FORK_BOMB);
        assertThat(result.verdict()).as(String.valueOf(result))
                .isInstanceOfAny(Verdict.TimeLimitExceeded.class, Verdict.RuntimeError.class,
                        Verdict.MemoryLimitExceeded.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileKinds")
    void takingMemoryUntilItDiesIsAMemoryLimit(ProblemKind kind) {
        JudgeResult result = submit(kind, Behaviour.MEMORY_HOG);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.MemoryLimitExceeded.class);
    }
}
