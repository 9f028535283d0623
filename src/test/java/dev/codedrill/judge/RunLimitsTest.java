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
        RunLimits limits = RunLimits.of(twoSum, 2.5, Duration.ofSeconds(90));

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
}
