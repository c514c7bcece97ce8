package org.fachwerk.store.h2.internal;

import static org.fachwerk.store.contract.SampleDepartment.loadAll;
import static org.fachwerk.store.contract.SampleDepartment.save;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.fachwerk.model.Department;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.contract.SampleDepartment;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store does with a data directory an administrator finds damaged: it refuses the file, says what to do, and
 * leaves every byte as it was; checks only read; migrations happen whole or not at all.
 */
class DatabaseFileTest {

    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("fachwerk.mv.db");
    }

    private static Store open(StoreLocation location) {
        return new H2StoreService().open(location);
    }

    /** A database with a department and two megabytes of content, so that its file is well beyond 64 KiB. */
    private void aDatabaseWithData() throws IOException {
        try (Store store = open(StoreLocation.embedded(directory))) {
            save(store, SampleDepartment.create());
            byte[] content = new byte[2 << 20];
            new Random(7).nextBytes(content);
            store.contents().write("v1", new ByteArrayInputStream(content), 4 << 20);
        }
    }

    /** Opening the directory, for writing and only for reading, is refused with a message saying all of these. */
    private void refused(Path data, String... said) throws IOException {
        byte[] before = Files.readAllBytes(file());
        List<Path> files = list(data);
        for (StoreLocation location : List.of(StoreLocation.embedded(data), StoreLocation.embedded(data).readOnly())) {
            StoreException refusal = assertThrows(StoreException.class, () -> open(location).close());
            for (String part : said) {
                assertTrue(refusal.getMessage().contains(part), refusal.getMessage());
            }
            assertArrayEquals(before, Files.readAllBytes(file()), "the file is unchanged");
            assertEquals(files, list(data), "no file was added or removed");
        }
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    @Test
    void anEmptyFileIsRefusedAndLeftEmpty() throws Exception {
        Files.createFile(file());
        refused(directory, file().toString(), "is empty (0 bytes)", "Restore the database from a backup");
        assertEquals(0, Files.size(file()));
    }

    @Test
    void aFileOfRandomBytesIsRefused() throws Exception {
        byte[] noise = new byte[100_000];
        new Random(1).nextBytes(noise);
        Files.write(file(), noise);
        refused(directory, file().toString(), "is not a database file", "backup");
    }

    @Test
    void aTruncatedDatabaseIsRefusedAndNeverMigratedIntoAnOldState() throws Exception {
        aDatabaseWithData();
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(whole, 64 * 1024));
        refused(directory, file().toString(), "is truncated: it has 65536 bytes", "org.h2.tools.Recover");
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + directory.resolve("fachwerk"));
        source.setUser("fachwerk");
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE INVOICE (ID INT PRIMARY KEY)");
        }
        refused(directory, "without Fachwerk's tables");
    }

    @Test
    void aReadOnlyDirectoryIsReportedAsReadOnlyAndCanStillBeChecked() throws Exception {
        aDatabaseWithData();
        byte[] before = Files.readAllBytes(file());
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-x------"));
        try {
            StoreException refusal = assertThrows(StoreException.class,
                    () -> open(StoreLocation.embedded(directory)).close());
            assertTrue(refusal.getMessage().contains(directory + " is read-only"), refusal.getMessage());
            try (Store store = open(StoreLocation.embedded(directory).readOnly())) {
                assertEquals("Ordnungsamt", loadAll(store).get(0).getName());
            }
            assertArrayEquals(before, Files.readAllBytes(file()));
        } finally {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aStoreOpenedToReadRefusesToWriteAndLeavesTheFileAsItWas() throws Exception {
        aDatabaseWithData();
        byte[] before = Files.readAllBytes(file());
        try (Store store = open(StoreLocation.embedded(directory).readOnly())) {
            UnitOfWork work = store.begin("akoch");
            Department department = work.loadDepartments().get(0);
            department.setName("Umbenannt");
            StoreException refusal = assertThrows(StoreException.class, work::commit);
            assertTrue(refusal.getMessage().contains("opened only to read it; nothing was written"),
                    refusal.getMessage());
            assertThrows(StoreException.class, () -> store.contents().delete("v1"));
        }
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertFalse(Files.exists(directory.resolve("fachwerk.trace.db")));
    }

    @Test
    void aDirectoryWithASemicolonIsRefusedBeforeAnythingIsCreated() {
        Path data = directory.resolve("a;b");
        StoreException refusal = assertThrows(StoreException.class, () -> open(StoreLocation.embedded(data)));
        assertTrue(refusal.getMessage().contains("contains a semicolon"), refusal.getMessage());
        assertFalse(Files.exists(data));
    }

    @Test
    void aDirectoryWithSpacesAndAnEqualsSignWorks() {
        Path data = directory.resolve("Daten Bauamt=2027");
        try (Store store = open(StoreLocation.embedded(data))) {
            save(store, SampleDepartment.create());
        }
        try (Store store = open(StoreLocation.embedded(data))) {
            assertEquals(1, loadAll(store).size());
        }
        assertTrue(Files.exists(data.resolve("fachwerk.mv.db")));
    }

    @Test
    void theDatabaseAndItsDirectoryAreTheOwnersOnly() throws Exception {
        Path data = directory.resolve("new");
        try (Store store = open(StoreLocation.embedded(data))) {
            save(store, SampleDepartment.create());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("fachwerk.mv.db"))));
    }

    @Test
    void aFailedMigrationLeavesTheDatabaseAtItsVersionWithTheBackupBesideIt() throws Exception {
        aDatabaseWithData();
        byte[] before = Files.readAllBytes(file());
        Migrations broken = new Migrations().with("CREATE TABLE \"HALF\" (\"ID\" INT);\nCREATE TABLE ;\n");
        StoreException refusal = assertThrows(StoreException.class, () -> new DatabaseFile(directory, null).prepare(broken));
        assertTrue(refusal.getMessage().contains("cannot be brought to schema version " + broken.latest()),
                refusal.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()), "the database is as it was");
        List<Path> backups = list(directory).stream()
                .filter(path -> path.getFileName().toString().startsWith("fachwerk-V" + new Migrations().latest() + "-"))
                .toList();
        assertEquals(1, backups.size(), list(directory).toString());
        assertTrue(refusal.getMessage().contains(backups.get(0).toString()), "the message names the backup");
        assertArrayEquals(before, Files.readAllBytes(backups.get(0)), "the backup is a copy of the file");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.get(0))));
        assertFalse(Files.exists(directory.resolve("fachwerk-migrating.mv.db")), "no work copy is left");

        assertThrows(StoreException.class, () -> new DatabaseFile(directory, null).prepare(broken));
        assertEquals(2, list(directory).stream()
                .filter(path -> path.getFileName().toString().startsWith("fachwerk-V")).count(),
                "a second attempt keeps the first backup");
        try (Store store = open(StoreLocation.embedded(directory))) {
            assertEquals(1, loadAll(store).size(), "the database opens at its version");
        }
    }

    @Test
    void aWorkCopyLeftByAnInterruptedMigrationIsReplaced() throws Exception {
        aDatabaseWithData();
        Files.write(directory.resolve("fachwerk-migrating.mv.db"), new byte[] { 1, 2, 3 });
        Migrations more = new Migrations().with("CREATE TABLE \"EXTRA\" (\"ID\" INT);\n");
        new DatabaseFile(directory, null).prepare(more);
        assertFalse(Files.exists(directory.resolve("fachwerk-migrating.mv.db")));
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(new DatabaseFile(directory, null).url(true));
        source.setUser("fachwerk");
        try (Connection connection = source.getConnection()) {
            assertEquals(more.latest(), Migrations.version(connection), "the migrated file is in place");
        }
    }
}
