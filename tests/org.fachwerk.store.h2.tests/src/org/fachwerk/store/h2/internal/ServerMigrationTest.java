package org.fachwerk.store.h2.internal;

import static org.fachwerk.store.contract.SampleDepartment.loadAll;
import static org.fachwerk.store.contract.SampleDepartment.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fachwerk.model.Department;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.contract.SampleDepartment;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department server's database is migrated as one unit: a failed migration, or one a killed workbench left
 * half-done, leaves it as it was, with the script it was put back from beside it on the server.
 */
class ServerMigrationTest {

    private static final String BROKEN = "CREATE TABLE \"HALF\" (\"ID\" INT);\nCREATE TABLE ;\n";

    @TempDir
    Path directory;

    private Server server;
    private String address;

    @BeforeEach
    void startServer() throws SQLException {
        JdbcDataSource admin = new JdbcDataSource();
        admin.setURL("jdbc:h2:file:" + directory.resolve("amt"));
        admin.setUser("fachwerk");
        admin.setPassword("geheim");
        admin.getConnection().close();
        server = Server.createTcpServer("-tcpPort", "0", "-baseDir", directory.toString()).start();
        address = "localhost:" + server.getPort() + "/amt";
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private Store open() {
        return new H2StoreService().open(StoreLocation.server(address, "fachwerk", "geheim"));
    }

    private Connection connect() throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:tcp://" + address);
        source.setUser("fachwerk");
        source.setPassword("geheim");
        return source.getConnection();
    }

    /** The department a store saved, with a word in the full-text index. */
    private Department aDepartmentOnTheServer() {
        Department saved = SampleDepartment.create();
        try (Store store = open()) {
            save(store, saved);
            store.begin("akoch").textIndex().put("v1", "Bauantrag Rathausplatz");
        }
        return saved;
    }

    /** A store opens the department and the index as saved, and nothing of a migration is left. */
    private void assertAsSaved(Department saved) throws SQLException {
        try (Store store = open()) {
            assertTrue(EcoreUtil.equals(saved, loadAll(store).get(0)), "the department is as it was saved");
            assertEquals(List.of("v1"), store.begin("akoch").textIndex().search("rathausplatz", 10), "the index is back, too");
        }
        try (Connection connection = connect()) {
            assertEquals(new Migrations().latest(), Migrations.version(connection));
            assertEquals(List.of(), tables(connection, "'HALF', '" + ServerMigration.RESTORE + "'"));
        }
    }

    private static List<String> tables(Connection connection, String names) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME IN (" + names + ")")) {
            List<String> found = new java.util.ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        }
    }

    private List<Path> scripts() throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().matches(
                    "amt-V" + new Migrations().latest() + "-\\d{8}-\\d{6}-\\d{3}\\.sql\\.zip")).toList();
        }
    }

    @Test
    void aFailedMigrationPutsTheDatabaseBackFromItsScript() throws Exception {
        Department saved = aDepartmentOnTheServer();
        try (Connection connection = connect()) {
            StoreException refusal = assertThrows(StoreException.class,
                    () -> new ServerMigration(connection, address, new Migrations().with(BROKEN)).migrate());
            List<Path> scripts = scripts();
            assertEquals(1, scripts.size(), "the script is kept beside the database: " + scripts);
            assertTrue(refusal.getMessage().contains("back at schema version " + new Migrations().latest()),
                    refusal.getMessage());
            assertTrue(refusal.getMessage().contains(scripts.get(0).getFileName().toString()), refusal.getMessage());
        }
        assertAsSaved(saved);
    }

    @Test
    void aMigrationAKilledWorkbenchLeftHalfDoneIsPutBackByTheNextOne() throws Exception {
        Department saved = aDepartmentOnTheServer();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            // what a migration has done when its workbench is killed: the script, the mark, a first change
            Path script = directory.resolve("amt-V" + new Migrations().latest() + "-20270101-120000-000.sql.zip");
            statement.execute("SCRIPT TO '" + script + "' COMPRESSION ZIP");
            statement.execute("CREATE TABLE \"" + ServerMigration.RESTORE + "\" (\"SCRIPT\" VARCHAR(4000))");
            statement.execute("INSERT INTO \"" + ServerMigration.RESTORE + "\" VALUES ('" + script + "')");
            statement.execute("CREATE TABLE \"HALF\" (\"ID\" INT)");
            statement.execute("DELETE FROM \"DEPARTMENT\"");
        }
        assertAsSaved(saved);
    }

    @Test
    void anEmptyDatabaseWhoseSchemaCannotBeMadeStaysEmpty() throws Exception {
        try (Connection connection = connect()) {
            assertThrows(StoreException.class,
                    () -> new ServerMigration(connection, address, new Migrations().with(BROKEN)).migrate());
            assertEquals(0, Migrations.version(connection));
            assertEquals(List.of(), tables(connection, "'DEPARTMENT', 'HALF', 'SCHEMA_VERSION', '"
                    + ServerMigration.RESTORE + "'"));
        }
        try (Store store = open()) {
            assertEquals(List.of(), loadAll(store), "a later start makes the schema");
        }
    }

    @Test
    void aWorkbenchStartingWhileAnotherMigratesIsToldToWait() throws Exception {
        aDepartmentOnTheServer();
        try (Connection migrating = connect(); Statement statement = migrating.createStatement()) {
            statement.execute("SET EXCLUSIVE 1");
            StoreException refusal = assertThrows(StoreException.class, () -> open().close());
            assertTrue(refusal.getMessage().contains("another Fachwerk"), refusal.getMessage());
        }
    }
}
