package cn.aiigd.pool.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Makes a race happen on purpose: holds a row lock from a connection of its own while the requests
 * under test pile up behind it, then lets them all go at once. Without it, "two requests at the same
 * moment" usually run one after the other and a missing lock goes unnoticed.
 */
public final class RowLockHolder implements AutoCloseable {

    private final Connection connection;
    private final DataSource dataSource;

    private RowLockHolder(Connection connection, DataSource dataSource) {
        this.connection = connection;
        this.dataSource = dataSource;
    }

    public static RowLockHolder lock(DataSource dataSource, String table, long id) throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")) {
            st.setLong(1, id);
            st.executeQuery().close();
        }
        return new RowLockHolder(c, dataSource);
    }

    /** Waits until {@code n} other sessions are stuck in an UPDATE (the requests reached their write). */
    public void awaitWaiters(int n, Duration timeout) throws SQLException, InterruptedException {
        awaitWaiters(n, "UPDATE ", timeout);
    }

    /** Waits until {@code n} other sessions are stuck in a statement starting with {@code prefix}. */
    public void awaitWaiters(int n, String prefix, Duration timeout) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            // Asked from a connection of its own: inside the holder's transaction the view is stale.
            try (Connection probe = dataSource.getConnection();
                 PreparedStatement st = probe.prepareStatement(
                         "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE COMMAND = 'Query' AND ID <> CONNECTION_ID() "
                                 + "AND UPPER(INFO) LIKE ?")) {
                st.setString(1, prefix.toUpperCase(java.util.Locale.ROOT) + "%");
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) >= n) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("fewer than " + n + " transactions reached the lock in " + timeout);
    }

    /** Releases the lock: every waiting request proceeds now. */
    @Override
    public void close() throws SQLException {
        if (!connection.isClosed()) {
            connection.rollback();
            connection.close();
        }
    }
}
