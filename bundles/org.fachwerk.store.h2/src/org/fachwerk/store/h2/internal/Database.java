package org.fachwerk.store.h2.internal;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.StoreException;

/**
 * The database of one store: its connections, and work run on them, reading or in one transaction. A failure of the
 * database becomes a message naming it, so that every part of the store reports it alike.
 */
final class Database {

    /** Work that reads or writes through a connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Releases what an open stream holds. */
    interface Closer {
        void close() throws SQLException;
    }

    /** Opens a stream on a connection; the stream releases the connection with {@code release} when closed. */
    interface Opening {
        InputStream open(Connection connection, Closer release) throws SQLException;
    }

    /** A read meets a commit between its queries rarely; twice in a row, commits are coming fast: take a snapshot. */
    private static final int CONSISTENT_READ_ATTEMPTS = 3;

    private final String name;
    private final Connections connections;
    private final boolean readOnly;

    /**
     * @param name how messages name the database: its directory, memory name or server address
     * @param readOnly whether it was opened only to read, so that every writing work is refused
     */
    Database(String name, Connections connections, boolean readOnly) {
        this.name = name;
        this.connections = connections;
        this.readOnly = readOnly;
    }

    /** Whether it was opened only to read. */
    boolean isReadOnly() {
        return readOnly;
    }

    /** Runs reading work; each of its queries sees what was committed when it ran. */
    <T> T read(Work<T> work) {
        Connection connection = take();
        boolean healthy = false;
        try {
            T result = work.run(connection);
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.CannotRead, name, e.getMessage()), e);
        } finally {
            connections.giveBack(connection, healthy);
        }
    }

    /**
     * Runs reading work on one snapshot of the database, so that all its queries see the same commits. It takes H2
     * a transaction, which makes reading a project's rows about twice as slow: {@link #readConsistent} tries
     * without first.
     */
    <T> T readSnapshot(Work<T> work) {
        return read(connection -> {
            isolation(connection, "SNAPSHOT");
            connection.setAutoCommit(false);
            try {
                return work.run(connection);
            } finally {
                connection.rollback(); // it wrote nothing: this only ends the snapshot
                connection.setAutoCommit(true);
                isolation(connection, "READ COMMITTED");
            }
        });
    }

    /**
     * Runs reading work of several queries so that they see one state of the database, cheaply: without a
     * transaction, reading {@code version}, a number every commit raises, before and after. When it changed, a commit
     * may have landed between two queries: the work runs again, at the last attempt on a snapshot.
     *
     * @param discard undoes what a result read in vain left behind
     */
    <T> T readConsistent(Work<T> work, Work<Long> version, Consumer<T> discard) {
        for (int attempt = 1; attempt < CONSISTENT_READ_ATTEMPTS; attempt++) {
            Optional<T> unchanged = read(connection -> {
                long before = version.run(connection);
                T result = work.run(connection);
                if (version.run(connection) == before) {
                    return Optional.of(result);
                }
                discard.accept(result);
                return Optional.empty();
            });
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
        }
        return readSnapshot(work);
    }

    /** Commits wait for each other on rows they share, so writing stays at H2's default, READ COMMITTED. */
    private static void isolation(Connection connection, String level) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL " + level);
        }
    }

    /** Opens a stream that keeps its connection until it is closed; a failure to open releases it at once. */
    InputStream stream(Opening opening) {
        Connection connection = take();
        try {
            return opening.open(connection, () -> connections.giveBack(connection, true));
        } catch (SQLException e) {
            connections.giveBack(connection, false);
            throw new StoreException(NLS.bind(Messages.CannotRead, name, e.getMessage()), e);
        } catch (RuntimeException e) {
            connections.giveBack(connection, true);
            throw e;
        }
    }

    /** Runs writing work in one transaction: committed when it returns, rolled back completely when it fails. */
    <T> T write(Work<T> work) {
        if (readOnly) {
            throw new StoreException(NLS.bind(Messages.ReadOnlyStore, name));
        }
        Connection connection = take();
        boolean healthy = false;
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                healthy = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    healthy = !(e instanceof SQLException);
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.CannotSave, name, e.getMessage()), e);
        } finally {
            if (healthy) {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    healthy = false;
                }
            }
            connections.giveBack(connection, healthy);
        }
    }

    /** Runs the statement once for each row of parameters, in one batch; the update counts in the rows' order. */
    static int[] batch(Connection connection, String sql, Collection<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }

    private Connection take() {
        try {
            Connection connection = connections.take();
            if (connection == null) {
                throw new StoreException(NLS.bind(Messages.Closed, name));
            }
            return connection;
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.CannotRead, name, e.getMessage()), e);
        }
    }

    /** What closing does to the database besides releasing the connections. */
    enum Shutdown {
        /** Nothing: a database on a server stays up for the others. */
        NONE,
        /** Shut it down: an in-memory database would otherwise outlive the store under its name. */
        NOW,
        /**
         * Rewrite the file when less than half of it is live data, e.g. after an import or large deletions (H2 writes
         * changes into new space and frees the old only in part).
         */
        COMPACT_WHEN_SPARSE
    }

    /** Below this share of live data in its chunks, in percent, a file is rewritten when it closes. */
    private static final int SPARSE_FILL_RATE = 50;

    /** Releases the connections, shutting the database down as said. */
    void close(Shutdown shutdown) {
        if (shutdown != Shutdown.NONE) {
            try {
                Connection connection = connections.take();
                if (connection != null) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(shutdown == Shutdown.COMPACT_WHEN_SPARSE && sparse(statement)
                                ? "SHUTDOWN COMPACT" : "SHUTDOWN");
                    }
                    connections.giveBack(connection, false);
                }
            } catch (SQLException e) {
                // the database is closed either way; a compaction not done is done at another close
            }
        }
        connections.close();
    }

    private static boolean sparse(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return rows.next() && Integer.parseInt(rows.getString(1).strip()) < SPARSE_FILL_RATE;
        }
    }
}
