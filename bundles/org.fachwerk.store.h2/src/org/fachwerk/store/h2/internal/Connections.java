package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The connections of a store: taken for one piece of work and given back, the idle ones kept open. (H2's own
 * JdbcConnectionPool hands out wrapped connections that read rows several times slower.)
 */
final class Connections {

    /** Enough for the user interface, a commit being written and a report at once. */
    private static final int MAX_IDLE = 4;

    private final JdbcDataSource source;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    Connections(String url, String user, String password) {
        source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
    }

    /** An idle connection or a new one; null when the store is closed. */
    Connection take() throws SQLException {
        synchronized (idle) {
            if (closed) {
                return null;
            }
            Connection connection = idle.pollLast();
            if (connection != null) {
                return connection;
            }
        }
        return source.getConnection();
    }

    /** Gives a connection back after work that went well; one that failed is closed, it may be broken. */
    void giveBack(Connection connection, boolean healthy) {
        synchronized (idle) {
            if (healthy && !closed && idle.size() < MAX_IDLE) {
                idle.addLast(connection);
                return;
            }
        }
        closeQuietly(connection);
    }

    /** Closes the idle connections; taking one afterwards gives null. */
    void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(Connections::closeQuietly);
            idle.clear();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // it is gone either way
        }
    }
}
