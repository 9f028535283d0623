package dev.codedrill.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every submission: recorded when queued, updated as it runs and when it is judged. Updates apply only to pending
 * submissions, so a late verdict cannot overwrite a cancel (or the other way round).
 */
public final class SubmissionLog {

    private static final String SUMMARY_COLUMNS =
            "id, problem_id, language_id, kind, verdict, passed, total, time_ms, queued_at, judged_at";
    private static final String PENDING = "verdict IN ('QUEUED', 'RUNNING')";
    private static final CodeDiffer DIFFER = new CodeDiffer(3);

    private final Jdbc jdbc;
    private final Clock clock;

    SubmissionLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a submission as {@link SubmissionVerdict#QUEUED}; returns its id. */
    public long recordQueued(NewSubmission submission) {
        return jdbc.call("record a submission", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO submission (problem_id, language_id, kind, code, verdict, queued_at) "
                            + "VALUES (?, ?, ?, ?, 'QUEUED', ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, submission.problemId());
                s.setString(2, submission.languageId());
                s.setString(3, submission.kind().name());
                s.setString(4, submission.code());
                Jdbc.setInstant(s, 5, now());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** A worker took the submission; false when it is unknown or no longer queued. */
    public boolean markRunning(long id) {
        return jdbc.call("mark submission " + id + " running", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE submission SET verdict = 'RUNNING' WHERE id = ? AND verdict = 'QUEUED'")) {
                s.setLong(1, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Stores how the submission ended; false when it is unknown or already ended (cancelled, interrupted). */
    public boolean recordJudged(long id, Judgement judgement) {
        return jdbc.call("record the verdict of submission " + id, c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE submission SET verdict = ?, passed = ?, total = ?, "
                    + "time_ms = ?, details = ?, judged_at = ? WHERE id = ? AND " + PENDING)) {
                s.setString(1, judgement.verdict().name());
                s.setInt(2, judgement.passed());
                s.setInt(3, judgement.total());
                s.setLong(4, judgement.timeMs());
                s.setString(5, judgement.detailsJson());
                Jdbc.setInstant(s, 6, now());
                s.setLong(7, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    public boolean markCancelled(long id) {
        return recordJudged(id, Judgement.without(SubmissionVerdict.CANCELLED));
    }

    /** Every submission, newest first. */
    public List<SubmissionSummary> all() {
        return summaries("list the submissions", "", null);
    }

    /** The submissions of one problem, newest first. */
    public List<SubmissionSummary> ofProblem(String problemId) {
        Texts.requireId(problemId, "problemId");
        return summaries("list the submissions of " + problemId, "WHERE problem_id = ? ", problemId);
    }

    public Optional<SubmissionRecord> find(long id) {
        return jdbc.call("read submission " + id, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + SUMMARY_COLUMNS + ", code, details FROM submission WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new SubmissionRecord(summary(rows), rows.getString("code"),
                                    rows.getString("details")))
                            : Optional.empty();
                }
            }
        });
    }

    /** How the code of {@code newerId} differs from that of {@code olderId}. */
    public CodeDiff compare(long olderId, long newerId) {
        SubmissionRecord older = require(olderId);
        SubmissionRecord newer = require(newerId);
        return DIFFER.diff(label(older), older.code(), label(newer), newer.code());
    }

    private SubmissionRecord require(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No submission " + id + " in the history"));
    }

    private static String label(SubmissionRecord record) {
        SubmissionSummary s = record.summary();
        return "#" + s.id() + " " + s.problemId() + " " + s.languageId() + " " + s.queuedAt();
    }

    /** Marks every pending submission interrupted; called on open, when nothing of this run can be pending yet. */
    int interruptPending() {
        return jdbc.call("mark interrupted submissions", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE submission SET verdict = 'INTERRUPTED', judged_at = ? WHERE " + PENDING)) {
                Jdbc.setInstant(s, 1, now());
                return s.executeUpdate();
            }
        });
    }

    Progress progress() {
        return jdbc.call("read progress", c -> {
            Map<String, ProblemStatus> statuses = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                    "SELECT problem_id, MAX(CASE WHEN kind = 'SUBMIT' AND verdict = 'ACCEPTED' THEN 1 ELSE 0 END) "
                            + "FROM submission GROUP BY problem_id")) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), rows.getInt(2) == 1 ? ProblemStatus.SOLVED : ProblemStatus.ATTEMPTED);
                }
            }
            return new Progress(statuses);
        });
    }

    List<Instant> submissionTimes() {
        return jdbc.call("read practice days", c -> {
            List<Instant> times = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT queued_at FROM submission")) {
                while (rows.next()) {
                    times.add(Jdbc.instant(rows.getObject(1, OffsetDateTime.class)));
                }
            }
            return times;
        });
    }

    private List<SubmissionSummary> summaries(String what, String where, String parameter) {
        return jdbc.call(what, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM submission " + where
                    + "ORDER BY queued_at DESC, id DESC")) {
                if (parameter != null) {
                    s.setString(1, parameter);
                }
                return readSummaries(s);
            }
        });
    }

    private static List<SubmissionSummary> readSummaries(PreparedStatement s) throws SQLException {
        List<SubmissionSummary> list = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                list.add(summary(rows));
            }
        }
        return list;
    }

    private static SubmissionSummary summary(ResultSet rows) throws SQLException {
        return new SubmissionSummary(
                rows.getLong("id"),
                rows.getString("problem_id"),
                rows.getString("language_id"),
                SubmissionKind.valueOf(rows.getString("kind")),
                SubmissionVerdict.valueOf(rows.getString("verdict")),
                rows.getObject("passed", Integer.class),
                rows.getObject("total", Integer.class),
                rows.getObject("time_ms", Long.class),
                Jdbc.instant(rows.getObject("queued_at", OffsetDateTime.class)),
                Jdbc.instant(rows.getObject("judged_at", OffsetDateTime.class)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
