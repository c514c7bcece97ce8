package org.fachwerk.store.h2.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.StoreException;

/**
 * The schema's history: {@code migrations/V1.sql}, {@code V2.sql}, ... in this bundle, each applied once, in order,
 * and recorded in the table SCHEMA_VERSION. A database is brought to the newest version when it is opened; one
 * written by a newer Fachwerk is refused, since this version would not know its data.
 */
public final class Migrations {

    private static final String TABLE = "SCHEMA_VERSION";

    private final List<String> scripts = new ArrayList<>();

    /** The migrations shipped with this bundle. */
    public Migrations() {
        for (int version = 1;; version++) {
            try (InputStream in = Migrations.class.getResourceAsStream("/migrations/V" + version + ".sql")) {
                if (in == null) {
                    break;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Migrations(List<String> scripts) {
        this.scripts.addAll(scripts);
    }

    /** These migrations and one more, e.g. one that fails, to try what a failing migration leaves. */
    Migrations with(String script) {
        Migrations more = new Migrations(scripts);
        more.scripts.add(script);
        return more;
    }

    /** The newest schema version this Fachwerk knows. */
    public int latest() {
        return scripts.size();
    }

    /** The schema version of the database; 0 for an empty one. */
    public static int version(Connection connection) throws SQLException {
        if (!tableExists(connection, TABLE)) {
            // databases written before versions were recorded hold the first schema
            return tableExists(connection, "DEPARTMENT") ? 1 : 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(\"VERSION\") FROM \"" + TABLE + "\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * Applies the migrations the database lacks, up to and including {@code target}. H2 commits each change of the
     * schema by itself, so a migration cannot be rolled back: an embedded database is migrated in a copy
     * ({@link DatabaseFile}), a server's after a script of it was written ({@link ServerMigration}).
     *
     * @return the version the database had before
     * @throws StoreException when the database is newer than {@code target}, or a migration fails
     */
    public int migrate(Connection connection, String database, int target) throws SQLException {
        int current = version(connection);
        if (current > target) {
            throw new StoreException(NLS.bind(Messages.NewerSchema, new Object[] { database, current, target }));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS \"" + TABLE + "\" (\"VERSION\" INTEGER PRIMARY KEY,"
                    + " \"APPLIED\" TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        if (current == 1 && !recorded(connection, 1)) {
            record(connection, 1);
        }
        for (int version = current + 1; version <= target; version++) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(scripts.get(version - 1))) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new StoreException(NLS.bind(Messages.MigrationFailed, new Object[] { database, version,
                        e.getMessage() }), e);
            }
            record(connection, version);
        }
        return current;
    }

    private static boolean recorded(Connection connection, int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM \"" + TABLE + "\" WHERE \"VERSION\" = ?")) {
            query.setInt(1, version);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private static void record(Connection connection, int version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO \"" + TABLE + "\" VALUES (?, CURRENT_TIMESTAMP)")) {
            insert.setInt(1, version);
            insert.executeUpdate();
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    /** The statements of a script: separated by a semicolon at the end of a line; lines starting "--" are comments. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString());
        }
        return statements;
    }
}
