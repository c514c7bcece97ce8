package org.fachwerk.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading the database: several queries see one state of it, whatever others commit while they run. */
class DatabaseTest {

    private static int count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return null;
    }

    private static Database database(String name) {
        Database database = new Database(name, new Connections("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", ""), false);
        database.write(c -> run(c, "CREATE TABLE PARENT(ID INT); CREATE TABLE CHILD(ID INT, PARENT_ID INT);"
                + " CREATE TABLE COUNTER(N INT); INSERT INTO COUNTER VALUES 0;"
                + " INSERT INTO PARENT VALUES 1; INSERT INTO CHILD VALUES (1, 1)"));
        return database;
    }

    /** What another workbench commits: a parent with its child, counted as every commit is. */
    private static void commitParentWithChild(Database database, int id) {
        database.write(c -> run(c, "UPDATE COUNTER SET N = N + 1; INSERT INTO PARENT VALUES " + id
                + "; INSERT INTO CHILD VALUES (" + id + ", " + id + ")"));
    }

    @Test
    void aSnapshotReadSeesACommitThatLandsBetweenItsQueriesWholeOrNotAtAll() {
        Database database = database("snapshot");
        try {
            int[] seen = database.readSnapshot(c -> {
                int parents = count(c, "PARENT");
                commitParentWithChild(database, 2); // after the parents were read
                return new int[] { parents, count(c, "CHILD") };
            });
            assertEquals(1, seen[0]);
            assertEquals(1, seen[1], "no child of a parent the read did not see");
            assertEquals(2, (int) database.read(c -> count(c, "CHILD")), "the next read sees the commit");
            commitParentWithChild(database, 3);
            assertEquals(3, (int) database.read(c -> count(c, "CHILD")), "and writing still works after reading");
        } finally {
            database.close(Database.Shutdown.NOW);
        }
    }

    @Test
    void aConsistentReadIsRepeatedWhenACommitLandedBetweenItsQueries() {
        Database database = database("consistent");
        try {
            List<int[]> discarded = new ArrayList<>();
            int[] attempts = { 0 };
            int[] seen = database.readConsistent(c -> {
                int parents = count(c, "PARENT");
                if (attempts[0]++ == 0) {
                    commitParentWithChild(database, 2);
                }
                return new int[] { parents, count(c, "CHILD") };
            }, DatabaseTest::readCounter, discarded::add);
            assertEquals(2, attempts[0], "read again after the commit");
            assertEquals(1, discarded.size(), "what the first attempt read is undone");
            assertArrayEquals(new int[] { 2, 2 }, seen);

            // commits at every attempt: the last one reads on a snapshot
            attempts[0] = 0;
            seen = database.readConsistent(c -> {
                int parents = count(c, "PARENT");
                commitParentWithChild(database, 10 + attempts[0]++);
                return new int[] { parents, count(c, "CHILD") };
            }, DatabaseTest::readCounter, discarded::add);
            assertEquals(3, attempts[0]);
            assertEquals(seen[0], seen[1], "parents and children of one state: " + seen[0] + ", " + seen[1]);
        } finally {
            database.close(Database.Shutdown.NOW);
        }
    }

    private static long readCounter(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT N FROM COUNTER")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
