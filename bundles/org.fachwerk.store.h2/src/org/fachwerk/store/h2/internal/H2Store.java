package org.fachwerk.store.h2.internal;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.Contents;
import org.fachwerk.store.TextIndex;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.WeeklyHours;

/** A store on one H2 database. */
final class H2Store implements Store {

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

    private final StoreLocation location;
    private final Connections connections;
    private final TableMapping mapping;
    private final BookedWeeks bookedWeeks;
    private final H2Contents contents = new H2Contents(this);
    private final H2TextIndex textIndex = new H2TextIndex(this);

    H2Store(StoreLocation location, Connections connections, TableMapping mapping) {
        this.location = location;
        this.connections = connections;
        this.mapping = mapping;
        this.bookedWeeks = new BookedWeeks(mapping);
    }

    BookedWeeks bookedWeeks() {
        return bookedWeeks;
    }

    @Override
    public Contents contents() {
        return contents;
    }

    @Override
    public TextIndex textIndex() {
        return textIndex;
    }

    @Override
    public StoreLocation location() {
        return location;
    }

    TableMapping mapping() {
        return mapping;
    }

    @Override
    public UnitOfWork begin(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("A unit of work needs the login of the person acting");
        }
        return new H2UnitOfWork(this, actor);
    }

    @Override
    public long lastSequence() {
        return read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT \"LAST_SEQUENCE\" FROM \"COMMIT_COUNTER\"")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public List<ChangeSet> changesSince(long sequence) {
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT \"SEQUENCE\", \"ACTOR\", \"COMMITTED\","
                    + " \"CHANGED_IDS\", \"DELETED_IDS\" FROM \"CHANGE_LOG\" WHERE \"SEQUENCE\" > ? ORDER BY \"SEQUENCE\"")) {
                query.setLong(1, sequence);
                List<ChangeSet> changes = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        changes.add(new ChangeSet(rows.getLong(1), rows.getString(2),
                                rows.getObject(3, OffsetDateTime.class).toInstant(), ids(rows.getString(4)),
                                ids(rows.getString(5))));
                    }
                }
                return changes;
            }
        });
    }

    private static Set<String> ids(String lines) {
        return lines.isEmpty() ? Set.of() : Set.of(lines.split("\n"));
    }

    @Override
    public List<WeeklyHours> bookedHoursPerWeek(LocalDate from, LocalDate to) {
        return read(connection -> BookedWeeks.read(connection, from, to));
    }

    /** Runs reading work; a failure becomes a message naming the database. */
    <T> T read(Work<T> work) {
        Connection connection = take();
        boolean healthy = false;
        try {
            T result = work.run(connection);
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.CannotRead, location.address(), e.getMessage()), e);
        } finally {
            connections.giveBack(connection, healthy);
        }
    }

    /** Opens a stream that keeps its connection until it is closed; a failure to open releases it at once. */
    InputStream stream(Opening opening) {
        Connection connection = take();
        try {
            return opening.open(connection, () -> connections.giveBack(connection, true));
        } catch (SQLException e) {
            connections.giveBack(connection, false);
            throw new StoreException(NLS.bind(Messages.CannotRead, location.address(), e.getMessage()), e);
        } catch (RuntimeException e) {
            connections.giveBack(connection, true);
            throw e;
        }
    }

    /**
     * Runs writing work in one transaction: committed when it returns, rolled back completely when it fails. A
     * failure of the database becomes a message naming it.
     */
    long write(Work<Long> work) {
        Connection connection = take();
        boolean healthy = false;
        try {
            connection.setAutoCommit(false);
            try {
                long result = work.run(connection);
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
            throw new StoreException(NLS.bind(Messages.CannotSave, location.address(), e.getMessage()), e);
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

    private Connection take() {
        try {
            Connection connection = connections.take();
            if (connection == null) {
                throw new StoreException(NLS.bind(Messages.Closed, location.address()));
            }
            return connection;
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.CannotRead, location.address(), e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        if (location.kind() == StoreLocation.Kind.IN_MEMORY) {
            try {
                Connection connection = connections.take();
                if (connection != null) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SHUTDOWN");
                    }
                    connections.giveBack(connection, false);
                }
            } catch (SQLException e) {
                // the database is gone either way
            }
        }
        connections.close();
    }
}
