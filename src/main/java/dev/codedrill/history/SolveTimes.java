package dev.codedrill.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The time to the first Accepted submission per problem, as the learner's timer read it; kept once. */
public final class SolveTimes {

    /** @param submissionId the Accepted submission, or null when it is not known */
    public record SolveTime(String problemId, long timerMs, Long submissionId, Instant solvedAt) {
    }

    private final Jdbc jdbc;
    private final Clock clock;

    SolveTimes(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the time unless the problem has one already; true when it was recorded. */
    public boolean recordFirst(String problemId, long timerMs, Long submissionId) {
        Texts.requireId(problemId, "problemId");
        if (timerMs < 0) {
            throw new IllegalArgumentException("a negative time: " + timerMs);
        }
        return jdbc.call("record the time to solve " + problemId, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO solve_time (problem_id, timer_ms, "
                    + "submission_id, solved_at) SELECT ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS "
                    + "(SELECT 1 FROM solve_time WHERE problem_id = ?)")) {
                s.setString(1, problemId);
                s.setLong(2, timerMs);
                if (submissionId == null) {
                    s.setNull(3, Types.BIGINT);
                } else {
                    s.setLong(3, submissionId);
                }
                Jdbc.setInstant(s, 4, clock.instant());
                s.setString(5, problemId);
                return s.executeUpdate() == 1;
            }
        });
    }

    public Optional<SolveTime> find(String problemId) {
        Texts.requireId(problemId, "problemId");
        return jdbc.call("read the time to solve " + problemId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT timer_ms, submission_id, solved_at FROM solve_time WHERE problem_id = ?")) {
                s.setString(1, problemId);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    long id = rows.getLong(2);
                    Long submission = rows.wasNull() ? null : id;
                    return Optional.of(new SolveTime(problemId, rows.getLong(1), submission,
                            Jdbc.instant(rows.getObject(3, OffsetDateTime.class))));
                }
            }
        });
    }
}
