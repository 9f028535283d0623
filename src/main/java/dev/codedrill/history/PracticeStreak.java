package dev.codedrill.history;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Consecutive days with at least one submission, in the clock's zone.
 *
 * @param current days in the run that ends today, or yesterday: today is not over, so a streak is only broken
 *                once a whole day passes without practice
 * @param longest the longest run ever
 * @param practisedToday whether today already counts
 */
public record PracticeStreak(int current, int longest, boolean practisedToday) {

    public PracticeStreak {
        if (current < 0 || longest < current) {
            throw new IllegalArgumentException("need 0 <= current <= longest, not " + current + "/" + longest);
        }
    }

    public static PracticeStreak of(Collection<Instant> submissionTimes, Clock clock) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        submissionTimes.forEach(t -> days.add(LocalDate.ofInstant(t, clock.getZone())));
        LocalDate today = LocalDate.now(clock);
        boolean practisedToday = days.contains(today);

        int current = 0;
        for (LocalDate day = practisedToday ? today : today.minusDays(1); days.contains(day); day = day.minusDays(1)) {
            current++;
        }
        return new PracticeStreak(current, Math.max(current, longestRun(days)), practisedToday);
    }

    private static int longestRun(NavigableSet<LocalDate> days) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        return longest;
    }
}
