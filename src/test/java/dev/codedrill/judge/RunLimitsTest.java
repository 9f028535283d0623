package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunLimitsTest {

    private final dev.codedrill.problem.Problem twoSum =
            new ProblemLoader(LanguageSupports.byExtension()).load(List.of(Path.of("problems")))
                .find("two-sum").orElseThrow();

    @Test
    void theConfiguredTimeFactorScalesTheProblemsTimeLimitAndTheCompileLimitIsTheConfigured() {
        RunLimits limits = RunLimits.of(twoSum, "python", 2.5, Duration.ofSeconds(90));

        assertThat(limits.perTestMs()).isEqualTo(Math.round(twoSum.timeLimitMs() * 2.5));
        assertThat(limits.compile()).isEqualTo(Duration.ofSeconds(90));
        assertThat(limits.memoryMb()).isEqualTo(twoSum.memoryLimitMb());
    }

    @Test
    void withoutSettingsTheProblemsOwnLimitsApply() {
        RunLimits limits = RunLimits.of(twoSum);

        assertThat(limits.perTestMs()).isEqualTo(twoSum.timeLimitMs());
        assertThat(limits.compile()).isEqualTo(RunLimits.DEFAULT_COMPILE);
    }

    @Test
    void aLanguageWithItsOwnTimeLimitIsJudgedByItScaledByTheTimeFactor() {
        dev.codedrill.problem.Problem slowInPython = new dev.codedrill.problem.Problem(twoSum.id(), twoSum.title(),
                twoSum.difficulty(), twoSum.tags(), twoSum.kind(), twoSum.signature(), twoSum.comparator(), 1000,
                twoSum.memoryLimitMb(), twoSum.statement(), twoSum.tests(), twoSum.dir(), twoSum.kept(),
                java.util.Map.of("python", 3000));

        assertThat(RunLimits.of(slowInPython, "python", 2.0, RunLimits.DEFAULT_COMPILE).perTestMs()).isEqualTo(6000);
        assertThat(RunLimits.of(slowInPython, "cpp", 2.0, RunLimits.DEFAULT_COMPILE).perTestMs()).isEqualTo(2000);
    }

    @Test
    void aRunIsAllowedTimeToReadItsInputBeforeItsFirstAnswerAndInItsDeadline() {
        RunLimits limits = RunLimits.of(twoSum);
        long fourteenMegabytes = 14L * 1024 * 1024;

        assertThat(limits.firstAnswerMs(0)).isEqualTo(limits.startupMs() + limits.perTestMs());
        assertThat(limits.firstAnswerMs(fourteenMegabytes) - limits.firstAnswerMs(0)).isBetween(14_000L, 15_000L);
        assertThat(limits.runDeadline(12, 0)).isEqualTo(limits.runDeadline(12));
        assertThat(limits.runDeadline(12, fourteenMegabytes).minus(limits.runDeadline(12)).toMillis())
                .isBetween(14_000L, 15_000L);
    }
}
