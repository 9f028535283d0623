package dev.codedrill.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The editor's unsaved work per (problem, language), and the language last used per problem. The editor saves
 * debounced, so a save simply replaces the previous one.
 */
public final class Drafts {

    private final Jdbc jdbc;
    private final Clock clock;

    Drafts(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Draft save(String problemId, String languageId, String code) {
        Objects.requireNonNull(code, "code");
        Draft draft = new Draft(problemId, languageId, code, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return jdbc.call("save the draft of " + problemId + " in " + languageId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "MERGE INTO draft (problem_id, language_id, code, saved_at) KEY (problem_id, language_id) "
                            + "VALUES (?, ?, ?, ?)")) {
                s.setString(1, draft.problemId());
                s.setString(2, draft.languageId());
                s.setString(3, draft.code());
                Jdbc.setInstant(s, 4, draft.savedAt());
                s.executeUpdate();
                return draft;
            }
        });
    }

    public Optional<Draft> load(String problemId, String languageId) {
        Texts.requireId(problemId, "problemId");
        Texts.requireId(languageId, "languageId");
        return jdbc.call("load the draft of " + problemId + " in " + languageId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT code, saved_at FROM draft WHERE problem_id = ? AND language_id = ?")) {
                s.setString(1, problemId);
                s.setString(2, languageId);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new Draft(problemId, languageId, rows.getString(1),
                                    Jdbc.instant(rows.getObject(2, OffsetDateTime.class))))
                            : Optional.empty();
                }
            }
        });
    }

    /** Forgets the draft (the user reset the editor to the starter code); false when there was none. */
    public boolean discard(String problemId, String languageId) {
        return jdbc.call("discard the draft of " + problemId + " in " + languageId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM draft WHERE problem_id = ? AND language_id = ?")) {
                s.setString(1, problemId);
                s.setString(2, languageId);
                return s.executeUpdate() == 1;
            }
        });
    }

    public void rememberLanguage(String problemId, String languageId) {
        Texts.requireId(problemId, "problemId");
        Texts.requireId(languageId, "languageId");
        jdbc.call("remember the language of " + problemId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "MERGE INTO problem_language (problem_id, language_id, chosen_at) KEY (problem_id) VALUES (?, ?, ?)")) {
                s.setString(1, problemId);
                s.setString(2, languageId);
                Jdbc.setInstant(s, 3, clock.instant());
                return s.executeUpdate();
            }
        });
    }

    public Optional<String> lastLanguage(String problemId) {
        Texts.requireId(problemId, "problemId");
        return jdbc.call("read the language of " + problemId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT language_id FROM problem_language WHERE problem_id = ?")) {
                s.setString(1, problemId);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
