package org.fachwerk.store.h2.internal;

import static org.fachwerk.store.contract.SampleDepartment.loadAll;
import static org.fachwerk.store.contract.SampleDepartment.save;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fachwerk.model.Department;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.contract.SampleDepartment;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The laptop at home: an encrypted database file opens only with its password, in Fachwerk and in H2's own tools;
 * what it holds is in no byte of the file; a plain database is encrypted with its backups.
 */
class FileEncryptionTest {

    private static final String PASSWORD = "Lindenweg-4-Bauamt";
    /** What the sample department holds, to look for in the bytes of the files. */
    private static final String PROJECT = "Digitale Gewerbeanmeldung";

    @TempDir
    Path directory;

    private final H2StoreService stores = new H2StoreService();

    private Path file() {
        return directory.resolve("fachwerk.mv.db");
    }

    private StoreLocation plain() {
        return StoreLocation.embedded(directory);
    }

    private StoreLocation encrypted(String password) {
        return plain().encryptedWith(password);
    }

    private static boolean holds(Path file, String text) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void aNewEncryptedDatabaseOpensOnlyWithItsPasswordAndHoldsNothingReadable() throws IOException {
        Department saved = SampleDepartment.create();
        try (Store store = stores.open(encrypted(PASSWORD))) {
            save(store, saved);
        }
        assertTrue(stores.isEncrypted(plain()));
        assertFalse(holds(file(), PROJECT), "the project's name is in no byte of the file");
        assertFalse(holds(file(), "H:2,"), "not even H2's header");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));

        byte[] before = Files.readAllBytes(file());
        StoreException withoutPassword = assertThrows(StoreException.class, () -> stores.open(plain()));
        assertTrue(withoutPassword.getMessage().contains("FACHWERK_FILE_PASSWORD"), withoutPassword.getMessage());
        StoreException wrong = assertThrows(StoreException.class,
                () -> stores.open(encrypted("Lindenweg-5-Bauamt")));
        assertTrue(wrong.getMessage().contains("wrong"), wrong.getMessage());
        assertThrows(StoreException.class, () -> stores.open(encrypted("Lindenweg-5-Bauamt").readOnly()));
        assertArrayEquals(before, Files.readAllBytes(file()), "a refused open leaves the file as it was");

        try (Store store = stores.open(encrypted(PASSWORD).readOnly())) {
            assertTrue(EcoreUtil.equals(saved, loadAll(store).get(0)), "with its password it is all there");
        }
    }

    @Test
    void h2sOwnShellReadsNothingWithoutThePassword() throws IOException, SQLException {
        try (Store store = stores.open(encrypted(PASSWORD))) {
            save(store, SampleDepartment.create());
        }
        String database = "jdbc:h2:file:" + directory.resolve("fachwerk") + ";IFEXISTS=TRUE";
        for (String[] attempt : new String[][] { { database, "" }, { database + ";CIPHER=AES", "falsch " },
                { database + ";CIPHER=AES", " " } }) {
            assertThrows(SQLException.class, () -> new Shell().runTool("-url", attempt[0], "-user", "fachwerk",
                    "-password", attempt[1], "-sql", "SELECT NAME FROM PROJECT"), "H2's Shell with " + attempt[0]);
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(database + ";CIPHER=AES");
        source.setUser("fachwerk");
        source.setPassword(PASSWORD + " ");
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
                ResultSet names = statement.executeQuery("SELECT NAME FROM PROJECT")) {
            assertTrue(names.next());
            assertEquals(PROJECT, names.getString(1), "with the password H2 reads it, as Fachwerk does");
        }
    }

    @Test
    void aPlainDatabaseIsEncryptedWithItsBackupsAndStaysSoWhenCompacted() throws IOException {
        Department saved = SampleDepartment.create();
        try (Store store = stores.open(plain())) {
            save(store, saved);
        }
        Path backup = directory.resolve("fachwerk-V7-20261201-080000.mv.db");
        Files.copy(file(), backup);
        Files.writeString(directory.resolve("fachwerk.trace.db"), "INSERT INTO PROJECT VALUES ('" + PROJECT + "')");
        assertTrue(holds(file(), PROJECT) && holds(backup, PROJECT), "plain before");

        StoreException tooShort = assertThrows(StoreException.class, () -> stores.encrypt(plain(), "kurz"));
        assertTrue(tooShort.getMessage().contains("12"), tooShort.getMessage());
        assertTrue(holds(file(), PROJECT), "a refused encryption changes nothing");

        stores.encrypt(plain(), PASSWORD);
        assertFalse(holds(file(), PROJECT), "the database");
        assertFalse(holds(backup, PROJECT), "and its backup");
        assertTrue(DatabaseFile.isEncrypted(backup));
        assertFalse(Files.exists(directory.resolve("fachwerk.trace.db")), "the trace, which may quote data, is gone");
        assertThrows(StoreException.class, () -> stores.encrypt(plain(), PASSWORD), "encrypted already");
        StoreException plainRefused = assertThrows(StoreException.class, () -> stores.open(plain()));
        assertTrue(plainRefused.getMessage().contains("encrypted"), plainRefused.getMessage());

        stores.compact(encrypted(PASSWORD));
        assertTrue(stores.isEncrypted(plain()), "a compaction keeps it encrypted");
        assertFalse(holds(file(), PROJECT));
        try (Store store = stores.open(encrypted(PASSWORD))) {
            assertTrue(EcoreUtil.equals(saved, loadAll(store).get(0)), "everything is there");
        }
    }

    @Test
    void anOpenDatabaseIsNotEncryptedAndAPlainOneIsNotOpenedAsEncrypted() throws IOException {
        try (Store open = stores.open(plain())) {
            save(open, SampleDepartment.create());
            assertThrows(StoreException.class, () -> stores.encrypt(plain(), PASSWORD));
        }
        assertTrue(holds(file(), PROJECT), "left as it was");
        StoreException notEncrypted = assertThrows(StoreException.class, () -> stores.open(encrypted(PASSWORD)));
        assertTrue(notEncrypted.getMessage().contains("fachwerk encrypt"), notEncrypted.getMessage());
        StoreException shortNew = assertThrows(StoreException.class,
                () -> stores.open(StoreLocation.embedded(directory.resolve("neu")).encryptedWith("kurz")));
        assertTrue(shortNew.getMessage().contains("12"), shortNew.getMessage());
        assertFalse(Files.exists(directory.resolve("neu").resolve("fachwerk.mv.db")), "no plain file instead");
    }
}
