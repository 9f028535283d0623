package dev.codedrill.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The learner's notes per problem (Markdown, as typed). Saving blank text forgets the note; every note can be read
 * at once, for the problem list's search (notes are a few kilobytes each, and there is one per problem at most).
 */
public final class Notes {

    /** A note longer than this is refused: notes are for thoughts, not for pasting test data. */
    public static final int MAX_CHARS = 100_000;

    private final Jdbc jdbc;
    private final Clock clock;

    Notes(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Saves the note, replacing the last one; blank text removes it. */
    public void save(String problemId, String text) {
        Texts.requireId(problemId, "problemId");
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("a note of " + text.length() + " characters (at most " + MAX_CHARS
                    + ")");
        }
        jdbc.call("save the note on " + problemId, c -> {
            if (text.isBlank()) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM problem_note WHERE problem_id = ?")) {
                    s.setString(1, problemId);
                    return s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "MERGE INTO problem_note (problem_id, text, saved_at) KEY (problem_id) VALUES (?, ?, ?)")) {
                s.setString(1, problemId);
                s.setString(2, text);
                Jdbc.setInstant(s, 3, clock.instant());
                return s.executeUpdate();
            }
        });
    }

    public Optional<String> load(String problemId) {
        Texts.requireId(problemId, "problemId");
        return jdbc.call("load the note on " + problemId, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT text FROM problem_note WHERE problem_id = ?")) {
                s.setString(1, problemId);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Every note, by problem id. */
    public Map<String, String> all() {
        return jdbc.call("read the notes", c -> {
            Map<String, String> notes = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT problem_id, text FROM problem_note ORDER BY problem_id");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    notes.put(rows.getString(1), rows.getString(2));
                }
            }
            return notes;
        });
    }
}
