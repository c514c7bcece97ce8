package org.fachwerk.store.h2.internal;

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
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.WeeklyHours;
import org.h2.jdbcx.JdbcConnectionPool;

/** A store on one H2 database, read and written through a connection pool. */
final class H2Store implements Store {

    /** Work that reads or writes through a connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final StoreLocation location;
    private final JdbcConnectionPool pool;
    private final TableMapping mapping;

    H2Store(StoreLocation location, JdbcConnectionPool pool, TableMapping mapping) {
        this.location = location;
        this.pool = pool;
        this.mapping = mapping;
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
        String person = TableMapping.quote(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__PERSON));
        String date = TableMapping.quote(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__DATE));
        String start = TableMapping.quote(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__START));
        String end = TableMapping.quote(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__END));
        String breaks = TableMapping.quote(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__BREAK_MINUTES));
        // a booking that ends before it starts runs past midnight
        String sql = "SELECT " + person + ", DATEADD(DAY, 1 - ISO_DAY_OF_WEEK(" + date + "), " + date + ") AS MONDAY,"
                + " SUM(DATEDIFF(MINUTE, " + start + ", " + end + ") + CASE WHEN " + end + " < " + start
                + " THEN 1440 ELSE 0 END - COALESCE(" + breaks + ", 0)) FROM "
                + TableMapping.quote(mapping.table(FachwerkPackage.Literals.TIME_ENTRY).name()) + " WHERE " + date
                + " BETWEEN ? AND ? GROUP BY " + person + ", MONDAY ORDER BY " + person + ", MONDAY";
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setObject(1, from);
                query.setObject(2, to);
                List<WeeklyHours> hours = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        hours.add(new WeeklyHours(rows.getString(1), rows.getObject(2, LocalDate.class),
                                rows.getLong(3) / 60.0));
                    }
                }
                return hours;
            }
        });
    }

    /** Runs reading work; a failure becomes a message naming the database. */
    <T> T read(Work<T> work) {
        try (Connection connection = connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.CannotRead, location.address(), e.getMessage()), e);
        }
    }

    /**
     * Runs writing work in one transaction: committed when it returns, rolled back completely when it fails. A
     * failure of the database becomes a message naming it.
     */
    long write(Work<Long> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                long result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.CannotSave, location.address(), e.getMessage()), e);
        }
    }

    Connection connection() throws SQLException {
        try {
            return pool.getConnection();
        } catch (IllegalStateException e) {
            throw new StoreException(NLS.bind(Messages.Closed, location.address()), e);
        }
    }

    @Override
    public void close() {
        if (location.kind() == StoreLocation.Kind.IN_MEMORY) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                // the database is gone either way
            }
        }
        pool.dispose();
    }
}
