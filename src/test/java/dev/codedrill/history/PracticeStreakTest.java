package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeStreakTest {

    private static final Clock NOON_MARCH_10_UTC = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneId.of("UTC"));

    private static List<Instant> at(String... instants) {
        return Arrays.stream(instants).map(Instant::parse).toList();
    }

    @Test
    void noSubmissionsMeansNoStreak() {
        assertThat(PracticeStreak.of(List.of(), NOON_MARCH_10_UTC)).isEqualTo(new PracticeStreak(0, 0, false));
    }

    @Test
    void consecutiveDaysEndingTodayCountOncePerDay() {
        PracticeStreak streak = PracticeStreak.of(at("2026-03-08T10:00:00Z", "2026-03-09T10:00:00Z",
                "2026-03-09T23:59:00Z", "2026-03-10T08:00:00Z"), NOON_MARCH_10_UTC);
        assertThat(streak).isEqualTo(new PracticeStreak(3, 3, true));
    }

    @Test
    void aStreakEndingYesterdayIsStillAliveBecauseTodayIsNotOver() {
        PracticeStreak streak = PracticeStreak.of(at("2026-03-08T10:00:00Z", "2026-03-09T10:00:00Z"), NOON_MARCH_10_UTC);
        assertThat(streak).isEqualTo(new PracticeStreak(2, 2, false));
    }

    @Test
    void aWholeDayWithoutPracticeBreaksTheStreakButTheLongestIsKept() {
        PracticeStreak streak = PracticeStreak.of(at("2026-03-01T10:00:00Z", "2026-03-02T10:00:00Z",
                "2026-03-03T10:00:00Z", "2026-03-05T10:00:00Z", "2026-03-10T10:00:00Z"), NOON_MARCH_10_UTC);
        assertThat(streak).isEqualTo(new PracticeStreak(1, 3, true));
    }

    @Test
    void daysAreCountedInTheClocksZone() {
        // 23:30 UTC on March 9 is already March 10 in Tokyo, and 00:30 UTC on March 9 is March 9 there.
        List<Instant> times = at("2026-03-09T00:30:00Z", "2026-03-09T23:30:00Z");
        Clock tokyo = NOON_MARCH_10_UTC.withZone(ZoneId.of("Asia/Tokyo"));
        Clock newYork = NOON_MARCH_10_UTC.withZone(ZoneId.of("America/New_York"));

        assertThat(PracticeStreak.of(times, tokyo)).isEqualTo(new PracticeStreak(2, 2, true));
        // In New York they are 20:30 on March 8 and 19:30 on March 9, and nothing yet on March 10.
        assertThat(PracticeStreak.of(times, newYork)).isEqualTo(new PracticeStreak(2, 2, false));
        assertThat(PracticeStreak.of(times, NOON_MARCH_10_UTC)).isEqualTo(new PracticeStreak(1, 1, false));
    }
}
