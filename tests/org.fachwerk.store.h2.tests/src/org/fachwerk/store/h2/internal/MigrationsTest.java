package org.fachwerk.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.UnitOfWork;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations are the schema: they must agree with the mapping, and old databases must come along. */
class MigrationsTest {

    @TempDir
    Path directory;

    private static Connection memory(String name) throws SQLException {
        return connect("jdbc:h2:mem:" + name);
    }

    private static Connection connect(String url) throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(url);
        database.setUser("fachwerk");
        return database.getConnection();
    }

    @Test
    void theMigratedSchemaIsExactlyWhatTheMappingReadsAndWrites() throws Exception {
        try (Connection connection = memory("schema")) {
            Migrations migrations = new Migrations();
            migrations.migrate(connection, "schema", migrations.latest());
            assertEquals(List.of(), new TableMapping(FachwerkPackage.eINSTANCE).schemaDifferences(connection));
            assertEquals(migrations.latest(), Migrations.version(connection));

            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE \"WORK_ITEM\" ADD COLUMN \"COLOUR\" VARCHAR(10)");
                statement.execute("ALTER TABLE \"PERSON\" ALTER COLUMN \"WEEKLY_CAPACITY\" INTEGER");
                statement.execute("DROP TABLE \"WORK_ITEM_TAGS\"");
            }
            assertEquals(List.of("column PERSON.WEEKLY_CAPACITY is INTEGER, not DOUBLE PRECISION",
                    "column WORK_ITEM.COLOUR is not mapped", "table WORK_ITEM_TAGS is missing"),
                    new TableMapping(FachwerkPackage.eINSTANCE).schemaDifferences(connection).stream().sorted().toList());
        }
    }

    @Test
    void aVersionOneDatabaseWithDataIsMigratedOnOpening() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve(DatabaseFile.NAME);
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            new Migrations().migrate(connection, "v1", 1);
            statement.execute("DELETE FROM \"SCHEMA_VERSION\""); // as the first release left it: no version table rows
            statement.execute("DROP TABLE \"SCHEMA_VERSION\"");
            statement.execute("INSERT INTO \"DEPARTMENT\" (\"ID\", \"ROOT_ID\", \"NAME\") VALUES ('d', 'd', 'Bauamt')");
            statement.execute("INSERT INTO \"PERSON\" (\"ID\", \"ROOT_ID\", \"PARENT_ID\", \"PARENT_FEATURE\", \"POSITION\","
                    + " \"LOGIN\", \"LAST_NAME\", \"WEEKLY_CAPACITY\") VALUES ('p', 'd', 'd', 'persons', 0, 'akoch', 'Koch', 41)");
            statement.execute("INSERT INTO \"PROJECT\" (\"ID\", \"ROOT_ID\", \"PARENT_ID\", \"PARENT_FEATURE\", \"POSITION\","
                    + " \"KEY\", \"NAME\", \"STATUS\", \"START\", \"OWNER_ID\") VALUES ('pr', 'd', 'd', 'projects', 0, 'BAU-1',"
                    + " 'Neubau Feuerwache', 'active', DATE '2027-02-01', 'p')");
            statement.execute("INSERT INTO \"WORK_ITEM\" (\"ID\", \"ROOT_ID\", \"PARENT_ID\", \"PARENT_FEATURE\", \"POSITION\","
                    + " \"TITLE\", \"KIND\", \"PLANNED_EFFORT\") VALUES ('w1', 'd', 'pr', 'workItems', 0, 'Planung', 'work-package', 0)");
            statement.execute("INSERT INTO \"WORK_ITEM\" (\"ID\", \"ROOT_ID\", \"PARENT_ID\", \"PARENT_FEATURE\", \"POSITION\","
                    + " \"TITLE\", \"KIND\", \"PLANNED_EFFORT\") VALUES ('w2', 'd', 'w1', 'children', 0, 'Entwurf', 'task', 16)");
            statement.execute("INSERT INTO \"WORK_ITEM_ASSIGNEES\" VALUES ('d', 'w2', 'p', 0)");
            statement.execute("INSERT INTO \"TIME_ENTRY\" (\"ID\", \"ROOT_ID\", \"PARENT_ID\", \"PARENT_FEATURE\", \"POSITION\","
                    + " \"PERSON_ID\", \"DATE\", \"START\", \"END\", \"BREAK_MINUTES\", \"TASK_ID\") VALUES ('t', 'd', 'd',"
                    + " 'timeEntries', 0, 'p', DATE '2027-02-03', TIME '08:00:00', TIME '16:30:00', 30, 'w2')");
        }
        try (Store store = new H2StoreService().open(StoreLocation.embedded(directory))) {
            UnitOfWork work = store.begin("akoch");
            Project project = work.load(Project.class, "pr");
            assertEquals("Neubau Feuerwache", project.getName());
            assertEquals(LocalDate.of(2027, 2, 1), project.getStart());
            WorkItem draft = project.getWorkItems().get(0).getChildren().get(0);
            assertEquals("Entwurf", draft.getTitle());
            assertEquals("p", draft.getAssignees().get(0).getId());
            draft.setPlannedEffort(24);
            work.commit();
            Department department = store.begin("check").loadDepartments().get(0);
            assertEquals(24, department.getProjects().get(0).getWorkItems().get(0).getChildren().get(0).getPlannedEffort());
            assertEquals("Koch", department.getProjects().get(0).getOwner().getLastName());
        }
        try (Connection connection = connect(url)) {
            assertEquals(new Migrations().latest(), Migrations.version(connection));
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(directory)) {
            assertEquals(1, files.filter(file -> file.getFileName().toString().matches("fachwerk-V1-\\d{8}-\\d{6}\\.mv\\.db"))
                    .count(), "a copy of the database from before the migration");
        }
    }

    @Test
    void aDatabaseOfANewerFachwerkIsRefused() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve(DatabaseFile.NAME);
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            Migrations migrations = new Migrations();
            migrations.migrate(connection, "newer", migrations.latest());
            statement.execute("INSERT INTO \"SCHEMA_VERSION\" VALUES (99, CURRENT_TIMESTAMP)");
        }
        StoreException refused = assertThrows(StoreException.class,
                () -> new H2StoreService().open(StoreLocation.embedded(directory)));
        assertTrue(refused.getMessage().contains("newer version of Fachwerk (schema version 99; this version knows up to "
                + new Migrations().latest() + ")"), refused.getMessage());
    }

    @Test
    void scriptsSplitIntoStatementsAtSemicolonsEndingALine() {
        assertEquals(List.of("CREATE TABLE A (X INT)", "INSERT INTO A\nVALUES (1)"),
                Migrations.statements("-- comment\nCREATE TABLE A (X INT);\n\nINSERT INTO A\nVALUES (1);\n").stream()
                        .map(String::strip).toList());
    }
}
