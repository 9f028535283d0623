package dev.codedrill.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A connection per call from a small pool, so the UI thread and judge workers can use the store at once (H2's
 * MVStore isolates the connections). Closing waits for calls in flight, then refuses new ones.
 */
final class Jdbc implements AutoCloseable {

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final JdbcConnectionPool pool;
    private final ReadWriteLock openness = new ReentrantReadWriteLock();
    private boolean closed;

    Jdbc(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    <T> T call(String what, Work<T> work) {
        openness.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The history is closed; cannot " + what);
            }
            try (Connection connection = pool.getConnection()) {
                return work.run(connection);
            } catch (SQLException e) {
                throw new HistoryException("Cannot " + what + ": " + e.getMessage(), e);
            }
        } finally {
            openness.readLock().unlock();
        }
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    @Override
    public void close() {
        openness.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                pool.dispose();
            }
        } finally {
            openness.writeLock().unlock();
        }
    }
}
