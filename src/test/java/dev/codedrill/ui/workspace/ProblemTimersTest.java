package dev.codedrill.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ProblemTimersTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final ProblemTimers timers = new ProblemTimers(clock);

    @Test
    void aTimerCountsOnlyWhileItRunsAndEachProblemHasItsOwn() {
        timers.toggle("two-sum");
        clock.advance(Duration.ofSeconds(90));
        timers.toggle("two-sum"); // paused
        clock.advance(Duration.ofMinutes(10));
        timers.toggle("a-plus-b");
        clock.advance(Duration.ofSeconds(5));

        assertThat(timers.elapsed("two-sum")).isEqualTo(Duration.ofSeconds(90));
        assertThat(timers.running("two-sum")).isFalse();
        assertThat(timers.elapsed("a-plus-b")).isEqualTo(Duration.ofSeconds(5));
        assertThat(timers.running("a-plus-b")).isTrue();

        timers.toggle("two-sum"); // resumed
        clock.advance(Duration.ofSeconds(30));
        assertThat(timers.elapsed("two-sum")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aTimerNeverStartedReadsZeroAndResetForgetsOne() {
        assertThat(timers.started("two-sum")).isFalse();
        assertThat(timers.elapsed("two-sum")).isZero();
        timers.toggle("two-sum");
        timers.reset("two-sum");
        assertThat(timers.started("two-sum")).isFalse();
    }

    @Test
    void timesReadAsMinutesAndSecondsAndHoursPastAnHour() {
        assertThat(ProblemTimers.format(Duration.ofSeconds(425))).isEqualTo("07:05");
        assertThat(ProblemTimers.format(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
    }
}
