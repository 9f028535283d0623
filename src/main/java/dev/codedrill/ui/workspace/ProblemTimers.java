package dev.codedrill.ui.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A stopwatch per problem, as in an interview: started and paused by the learner, kept while other problems are
 * open (a running one keeps running), and read when a submission is first Accepted. For this session only. FX thread.
 */
final class ProblemTimers {

    private record Watch(Duration banked, Instant since) {
        Duration read(Instant now) {
            return since == null ? banked : banked.plus(Duration.between(since, now));
        }
    }

    private final Clock clock;
    private final Map<String, Watch> watches = new HashMap<>();

    ProblemTimers(Clock clock) {
        this.clock = clock;
    }

    /** Starts a paused (or new) watch, pauses a running one. */
    void toggle(String problemId) {
        if (running(problemId)) {
            pause(problemId);
        } else {
            Watch w = watches.getOrDefault(problemId, new Watch(Duration.ZERO, null));
            watches.put(problemId, new Watch(w.banked(), clock.instant()));
        }
    }

    void pause(String problemId) {
        Watch w = watches.get(problemId);
        if (w != null && w.since() != null) {
            watches.put(problemId, new Watch(w.read(clock.instant()), null));
        }
    }

    void reset(String problemId) {
        watches.remove(problemId);
    }

    boolean running(String problemId) {
        Watch w = watches.get(problemId);
        return w != null && w.since() != null;
    }

    /** Whether the learner has started this problem's watch at all (running or paused). */
    boolean started(String problemId) {
        return watches.containsKey(problemId);
    }

    Duration elapsed(String problemId) {
        Watch w = watches.get(problemId);
        return w == null ? Duration.ZERO : w.read(clock.instant());
    }

    /** "07:05", or "1:02:03" past an hour. */
    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }
}
