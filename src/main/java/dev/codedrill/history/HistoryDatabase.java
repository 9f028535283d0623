package dev.codedrill.history;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opens the H2 file {@value #NAME}.mv.db in a data dir and brings its schema up to date with the Flyway migrations.
 * A file H2 cannot read is moved aside, never deleted, and a fresh one is made.
 */
final class HistoryDatabase {

    static final String NAME = "history";
    private static final int MAX_CONNECTIONS = 4;
    /** The version of the newest migration in {@code db/migration} (checked by a test): bump with each new one. */
    static final String SCHEMA_VERSION = "3";
    private static final DateTimeFormatter SUFFIX =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** An open, migrated database, and what had to be done to get it. */
    record Opened(JdbcConnectionPool pool, Optional<HistoryRecovery> recovery) {
    }

    private final Path dataDir;
    private final Clock clock;

    HistoryDatabase(Path dataDir, Clock clock) {
        this.dataDir = dataDir.toAbsolutePath();
        this.clock = clock;
    }

    static Path fileIn(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(NAME + ".mv.db");
    }

    Path file() {
        return fileIn(dataDir);
    }

    Opened open() {
        try {
            return new Opened(connectAndMigrate(), Optional.empty());
        } catch (SQLException e) {
            if (!unreadable(e)) {
                throw failure(e);
            }
            HistoryRecovery recovery = moveAside("not a database H2 can read: " + firstLine(e.getMessage()));
            try {
                return new Opened(connectAndMigrate(), Optional.of(recovery));
            } catch (SQLException again) {
                throw failure(again);
            }
        }
    }

    private JdbcConnectionPool connectAndMigrate() throws SQLException {
        // WRITE_DELAY=0: each commit reaches the file before the call returns, so a crash a moment after a submission
        // was queued still finds it on the next open (H2 otherwise writes up to half a second later).
        JdbcConnectionPool pool = JdbcConnectionPool.create(
                "jdbc:h2:retry:" + dataDir.resolve(NAME) + ";WRITE_DELAY=0", "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            // H2 reads the file on the first connection: this is where a bad file shows.
            try (Connection first = pool.getConnection()) {
                first.isValid(1);
                if (schemaIsCurrent(first)) {
                    return pool; // Flyway would find nothing to do, after a second of starting up on a cold JVM
                }
            }
            Flyway.configure(HistoryDatabase.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return pool;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            if (e instanceof FlywayException flyway) {
                throw new HistoryException("Cannot bring the history " + file() + " up to date: " + flyway.getMessage(),
                        flyway);
            }
            throw e;
        }
    }

    /**
     * Whether the newest migration Flyway applied, successfully, is {@link #SCHEMA_VERSION}; false for a fresh file
     * (no history table yet), one an older CodeDrill made, or one whose last migration failed.
     */
    static boolean schemaIsCurrent(Connection connection) {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rows.next() && rows.getBoolean(2) && SCHEMA_VERSION.equals(rows.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    /** H2 says the file is not a database it can read (as opposed to locked, or a disk that failed us). */
    private static boolean unreadable(SQLException e) {
        int code = e.getErrorCode();
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1) {
            return true;
        }
        // A file shorter than its own header says: garbage, or a copy cut short.
        return code == ErrorCode.IO_EXCEPTION_1 && causedBy(e, EOFException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private HistoryRecovery moveAside(String reason) {
        Path file = file();
        String stamp = SUFFIX.format(clock.instant());
        Path target = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp + "-" + n);
        }
        try {
            Files.move(file, target);
        } catch (IOException e) {
            throw new HistoryException("The history " + file + " cannot be opened (" + reason
                    + ") and cannot be moved aside to " + target + ": " + e, e);
        }
        return new HistoryRecovery(file, target, reason);
    }

    private HistoryException failure(SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new HistoryInUseException(file(), "", e);
        }
        return new HistoryException("Cannot open the history " + file() + ": " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse("unknown error");
    }
}
