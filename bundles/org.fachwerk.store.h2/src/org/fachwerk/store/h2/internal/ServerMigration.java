package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.StoreException;

/**
 * Brings a department server's database to the newest schema as one unit. A client cannot copy the server's file,
 * as {@link DatabaseFile} does with an embedded one, and H2 commits each change of the schema by itself; so the
 * database is first written beside itself on the server's computer as a script,
 * {@code <database>-V<version>-<yyyyMMdd-HHmmss-SSS>.sql.zip}, and the table {@value #RESTORE} names that script
 * while the migrations run. A migration that fails puts the database back from the script; one that was interrupted
 * (the workbench killed, the connection lost) is put back by the next Fachwerk that connects, before it migrates
 * again. Meanwhile the database is in H2's exclusive mode, so no other workbench connects to a half-migrated schema.
 */
final class ServerMigration {

    /** Names the script to put the database back from while a migration runs; a row with null for an empty one. */
    static final String RESTORE = "SCHEMA_RESTORE";
    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Connection connection;
    private final String database;
    private final Migrations migrations;

    ServerMigration(Connection connection, String database, Migrations migrations) {
        this.connection = connection;
        this.database = database;
        this.migrations = migrations;
    }

    /**
     * Puts back an interrupted migration and applies the migrations the database lacks.
     *
     * @throws StoreException when the database is newer than this Fachwerk, or a migration fails (the database is
     *         then as it was before, and the message names the script)
     */
    void migrate() throws SQLException {
        if (!interrupted() && Migrations.version(connection) == migrations.latest()) {
            return;
        }
        execute("SET EXCLUSIVE 1");
        try {
            // another workbench may have finished or been interrupted while this one waited for the exclusive mode
            if (interrupted()) {
                restore();
            }
            int current = Migrations.version(connection);
            if (current == migrations.latest()) {
                return;
            }
            String script = current == 0 ? null : backUp(current);
            markRestore(script);
            try {
                migrations.migrate(connection, database, migrations.latest());
            } catch (SQLException | StoreException e) {
                restore();
                String failure = e instanceof StoreException ? e.getMessage() : e.toString();
                throw new StoreException(failure + " " + (script == null ? Messages.MigrationUndoneEmpty
                        : NLS.bind(Messages.MigrationUndone, current, script)), e);
            }
            execute("DROP TABLE \"" + RESTORE + "\"");
        } finally {
            execute("SET EXCLUSIVE 0");
        }
    }

    /** Writes the database beside itself as a script named by its version and the moment, never overwritten. */
    private String backUp(int version) throws SQLException {
        String script = query("SELECT DATABASE_PATH()") + "-V" + version + "-"
                + BACKUP_TIME.format(LocalDateTime.now()) + ".sql.zip";
        execute("SCRIPT TO " + literal(script) + " COMPRESSION ZIP");
        return script;
    }

    private void markRestore(String script) throws SQLException {
        execute("CREATE TABLE \"" + RESTORE + "\" (\"SCRIPT\" VARCHAR(4000))");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"" + RESTORE + "\" VALUES (?)")) {
            insert.setString(1, script);
            insert.executeUpdate();
        }
    }

    private boolean interrupted() throws SQLException {
        return query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME = '" + RESTORE + "'").equals("1");
    }

    /**
     * Removes everything but the mark and runs the script it names (none for a database that was empty), then the
     * mark: interrupted again, the next try starts over from the same script.
     */
    private void restore() throws SQLException {
        String script = query("SELECT \"SCRIPT\" FROM \"" + RESTORE + "\"");
        for (String table : list("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME <> '" + RESTORE + "'")) {
            execute("DROP TABLE IF EXISTS \"PUBLIC\"." + name(table) + " CASCADE");
        }
        for (String alias : list("SELECT ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES"
                + " WHERE ROUTINE_SCHEMA = 'PUBLIC'")) {
            execute("DROP ALIAS IF EXISTS \"PUBLIC\"." + name(alias));
        }
        for (String sequence : list("SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES"
                + " WHERE SEQUENCE_SCHEMA = 'PUBLIC'")) {
            execute("DROP SEQUENCE IF EXISTS \"PUBLIC\"." + name(sequence));
        }
        // the full-text index keeps its tables in a schema of its own
        for (String schema : list("SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA"
                + " WHERE SCHEMA_NAME NOT IN ('PUBLIC', 'INFORMATION_SCHEMA')")) {
            execute("DROP SCHEMA IF EXISTS " + name(schema) + " CASCADE");
        }
        if (script != null) {
            execute("RUNSCRIPT FROM " + literal(script) + " COMPRESSION ZIP");
        }
        execute("DROP TABLE \"" + RESTORE + "\"");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String query(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private List<String> list(String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static String name(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
