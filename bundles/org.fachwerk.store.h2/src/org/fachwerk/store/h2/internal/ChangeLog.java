package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.fachwerk.store.ChangeSet;

/**
 * The numbered commits: the single row of COMMIT_COUNTER holds the last number given, CHANGE_LOG what each commit
 * changed, so that other clients can ask what happened since the commit they saw last.
 */
final class ChangeLog {

    /**
     * Gives the commit in the connection's transaction the next number. Comes first in a commit: the counter row's
     * lock makes commits one after the other, so that each sees the rows (bookings, containers, sums) the one before
     * wrote, and numbers them in that order.
     */
    long next(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(
                "UPDATE \"COMMIT_COUNTER\" SET \"LAST_SEQUENCE\" = \"LAST_SEQUENCE\" + 1")) {
            next.executeUpdate();
        }
        return last(connection);
    }

    /**
     * Waits for the commits under way and keeps others out until the transaction ends, without numbering a commit:
     * for work that must see the rows of all commits before it and miss none written meanwhile.
     */
    void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT \"LAST_SEQUENCE\" FROM \"COMMIT_COUNTER\" FOR UPDATE"); ResultSet rows = lock.executeQuery()) {
            rows.next();
        }
    }

    /** The number of the newest commit; 0 before the first. */
    long last(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT \"LAST_SEQUENCE\" FROM \"COMMIT_COUNTER\"");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Logs what the commit with the number changed. */
    void append(Connection connection, long sequence, String actor, Collection<String> changed,
            Collection<String> deleted) throws SQLException {
        try (PreparedStatement log = connection.prepareStatement(
                "INSERT INTO \"CHANGE_LOG\" VALUES (?, ?, CURRENT_TIMESTAMP, ?, ?)")) {
            log.setLong(1, sequence);
            log.setString(2, actor);
            log.setString(3, String.join("\n", changed));
            log.setString(4, String.join("\n", deleted));
            log.executeUpdate();
        }
    }

    /** Every commit after the number, oldest first. */
    List<ChangeSet> since(Connection connection, long sequence) throws SQLException {
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
    }

    private static Set<String> ids(String lines) {
        return lines.isEmpty() ? Set.of() : Set.of(lines.split("\n"));
    }
}
