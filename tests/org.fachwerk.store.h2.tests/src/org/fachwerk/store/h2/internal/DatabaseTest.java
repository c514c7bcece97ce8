package org.fachwerk.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** Work on the database: a read sees one state of it, whatever others commit while it runs. */
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

    @Test
    void aReadSeesACommitThatLandsBetweenItsQueriesWholeOrNotAtAll() {
        Database database = new Database("snapshot",
                new Connections("jdbc:h2:mem:snapshot;DB_CLOSE_DELAY=-1", "sa", ""));
        try {
            database.write(c -> run(c, "CREATE TABLE PARENT(ID INT); CREATE TABLE CHILD(ID INT, PARENT_ID INT);"
                    + " INSERT INTO PARENT VALUES 1; INSERT INTO CHILD VALUES (1, 1)"));
            int[] seen = database.read(c -> {
                int parents = count(c, "PARENT");
                // another workbench commits a parent with its child after the parents were read
                database.write(other -> run(other, "INSERT INTO PARENT VALUES 2; INSERT INTO CHILD VALUES (2, 2)"));
                return new int[] { parents, count(c, "CHILD") };
            });
            assertEquals(1, seen[0]);
            assertEquals(1, seen[1], "no child of a parent the read did not see");
            assertEquals(2, (int) database.read(c -> count(c, "CHILD")), "the next read sees the commit");
            database.write(c -> run(c, "INSERT INTO CHILD VALUES (3, 2)"));
            assertEquals(3, (int) database.read(c -> count(c, "CHILD")), "and writing still works after reading");
        } finally {
            database.close(true);
        }
    }
}
