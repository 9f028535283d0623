package dev.codedrill.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.config.Settings;
import dev.codedrill.docker.ContainerSpec;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.LanguageRegistry;
import dev.codedrill.testing.TestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pure logic of the pool: states, recycling, percentiles, return conditions, scripts, language tasks. */
class PoolValuesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void entryStatesAllowOnlyTheLifeCycleMoves() {
        assertThat(EntryState.IDLE.canMoveTo(EntryState.BUSY)).isTrue();
        assertThat(EntryState.BUSY.canMoveTo(EntryState.RESETTING)).isTrue();
        assertThat(EntryState.RESETTING.canMoveTo(EntryState.IDLE)).isTrue();
        assertThat(EntryState.BUSY.canMoveTo(EntryState.IDLE)).as("never idle without a reset").isFalse();
        assertThat(EntryState.GONE.canMoveTo(EntryState.IDLE)).isFalse();
        assertThat(EntryState.DESTROYING.canMoveTo(EntryState.BUSY)).isFalse();
    }

    @Test
    void aPooledContainerMovesOnlyFromTheStateItIsIn() {
        PooledContainer entry = new PooledContainer(new SandboxContainer("c1", "n", "v", "python", false), T0);
        assertThat(entry.moveTo(EntryState.IDLE, EntryState.BUSY)).isTrue();
        assertThat(entry.moveTo(EntryState.IDLE, EntryState.BUSY)).as("a second borrower loses").isFalse();
        assertThatThrownBy(() -> entry.moveTo(EntryState.BUSY, EntryState.IDLE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(entry.startDestroying()).isTrue();
        assertThat(entry.startDestroying()).as("only once").isFalse();
        assertThat(entry.state()).isEqualTo(EntryState.DESTROYING);
    }

    @Test
    void aContainerIsDueAfterItsUsesOrItsAgeOnTheGivenClock() {
        RecyclePolicy policy = new RecyclePolicy(3, Duration.ofMinutes(10));
        assertThat(policy.dueReason(2, T0, T0.plusSeconds(60))).isNull();
        assertThat(policy.dueReason(3, T0, T0.plusSeconds(60))).isEqualTo("recycled after 3 uses");
        assertThat(policy.dueReason(1, T0, T0.plus(Duration.ofMinutes(10)))).isEqualTo("recycled at age 600 s");
        assertThatThrownBy(() -> new RecyclePolicy(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentilesAreNearestRank() {
        List<Duration> samples = List.of(ms(50), ms(10), ms(40), ms(20), ms(30), ms(60), ms(70), ms(80), ms(90), ms(100));
        assertThat(Percentiles.of(samples, 50)).isEqualTo(ms(50));
        assertThat(Percentiles.of(samples, 90)).isEqualTo(ms(90));
        assertThat(Percentiles.of(List.of(ms(7)), 90)).isEqualTo(ms(7));
        assertThatThrownBy(() -> Percentiles.of(List.of(), 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExecResultTellsWhetherTheRunWasSuspect() {
        assertThat(ReturnCondition.of(result(0, false, false))).isEqualTo(ReturnCondition.CLEAN);
        assertThat(ReturnCondition.of(result(1, false, false))).as("a failing program is not suspect")
                .isEqualTo(ReturnCondition.CLEAN);
        assertThat(ReturnCondition.of(result(0, true, false))).isEqualTo(ReturnCondition.TIMED_OUT);
        assertThat(ReturnCondition.of(result(0, false, true))).isEqualTo(ReturnCondition.OUTPUT_FLOODED);
        assertThat(ReturnCondition.of(result(137, false, false))).isEqualTo(ReturnCondition.OUT_OF_MEMORY);
        assertThat(ReturnCondition.of(result(null, false, false))).isEqualTo(ReturnCondition.CRASHED);
        assertThat(ReturnCondition.TIMED_OUT.worst(ReturnCondition.CLEAN)).isEqualTo(ReturnCondition.TIMED_OUT);
    }

    @Test
    void theResetScriptRunsTheLanguagesTeardownTasksAndKeepsAPrimedCache() {
        Language lang = new Language("x", "X", "img", "a", List.of(), List.of("run"), 1, List.of("echo init"),
                List.of("echo bye"), List.of());
        assertThat(SandboxScripts.reset(lang, false)).contains("echo bye").contains("kill -9 -1")
                .contains("for d in /work /tmp /dev/shm /dev/mqueue /cache; do")
                .contains("find $dirs -mindepth 1 -delete").endsWith("echo clean\n");
        assertThat(SandboxScripts.reset(lang, true)).contains("for d in /work /tmp /dev/shm /dev/mqueue; do")
                .contains("find $dirs -mindepth 1 -delete")
                .contains("comm -z -13 /cache/.primed/manifest").contains("left behind in the cache")
                .doesNotContain("-newer");
        assertThat(SandboxScripts.init(lang)).contains("echo init").doesNotContain("/cache/.primed");
        assertThat(SandboxScripts.seal()).contains("%C@").contains("chmod 555").endsWith("echo clean\n");
    }

    @Test
    void theLargestWritablePlaceOfAConfigIsItsLargestSizeInBytes() {
        assertThat(PoolConfig.bytes("64m")).isEqualTo(64L << 20);
        assertThat(PoolConfig.bytes("512k")).isEqualTo(512L << 10);
        assertThat(PoolConfig.bytes("2g")).isEqualTo(2L << 30);
        assertThat(PoolConfig.defaults().largestWritableBytes()).as("the 256m cache").isEqualTo(256L << 20);
    }

    @Test
    void onlyGoHasAnInitTask() {
        Settings settings = TestEngine.offlineSettings();
        LanguageRegistry registry = LanguageRegistry.load(settings);
        assertThat(registry.find("go").orElseThrow().init()).singleElement().asString().contains("go build");
        assertThat(registry.all()).filteredOn(l -> !l.id().equals("go")).allSatisfy(l -> {
            assertThat(l.init()).isEmpty();
            assertThat(l.teardown()).isEmpty();
        });
        assertThat(registry.find("go").orElseThrow().image()).as("config overrides keep the tasks")
                .isEqualTo("codedrill/runner:offline");
    }

    @Test
    void sandboxesUnderRunscKeepTheDaemonsOwnUserNamespaceAndOthersTheRemappedOne() {
        assertThat(PoolConfig.defaults().usernsMode()).isNull();
        assertThat(PoolConfig.defaults().withRuntime("runsc").usernsMode()).isEqualTo("host");
        ContainerSpec spec = new SandboxFactory(null, PoolConfig.defaults().withRuntime("runsc"))
                .spec(LanguageRegistry.load(TestEngine.offlineSettings()).find("python").orElseThrow(), "n", "v",
                        java.util.Map.of());
        assertThat(spec.usernsMode()).isEqualTo("host");
        assertThat(spec.runtime()).isEqualTo("runsc");
    }

    @Test
    void aConfigRefusesSessionIdsThatCannotBeLabelsOrNames() {
        assertThatThrownBy(() -> PoolConfig.defaults().withSessionId("Has Spaces"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PoolConfig.defaults().sessionId()).matches("[a-z0-9]{12}");
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    private static ExecResult result(Integer exit, boolean timedOut, boolean capped) {
        return new ExecResult(exit, new byte[0], new byte[0], capped, false, timedOut, Duration.ofMillis(5));
    }
}
