package org.fachwerk.store.h2.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.PrivateFiles;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts an embedded database that is plain, with H2's AES file encryption (its own tool, which rewrites each file
 * block by block into a new file that replaces it): the database file and every backup beside it, so that nothing
 * of the department is left readable in the data directory; trace files, which may quote data, are removed.
 * Without the password, neither Fachwerk nor H2's own tools (Shell, Console, Recover) read the files.
 */
final class FileEncryption {

    private static final String SUFFIX = ".mv.db";

    private FileEncryption() {
    }

    /**
     * Encrypts the plain database (checked and brought to the newest schema first) and its backups.
     *
     * @throws StoreException when the password is too short, the database is encrypted already, open elsewhere or
     *         cannot be read; a file already encrypted by an interrupted earlier run is left encrypted
     */
    static void encrypt(Path directory, String password, Migrations migrations) {
        refuseShort(password);
        DatabaseFile plain = new DatabaseFile(directory, null);
        if (plain.isEncrypted()) {
            throw new StoreException(NLS.bind(Messages.AlreadyEncrypted, plain.path()));
        }
        plain.prepare(migrations); // refuses a damaged file and one open elsewhere, and migrates an old one
        try {
            for (String database : plainDatabases(directory)) {
                ChangeFileEncryption.execute(directory.toString(), database, "AES", null, password.toCharArray(),
                        true);
                PrivateFiles.restrict(directory.resolve(database + SUFFIX));
            }
            try (DirectoryStream<Path> traces = Files.newDirectoryStream(directory, "*.trace.db")) {
                for (Path trace : traces) {
                    Files.delete(trace);
                }
            }
        } catch (SQLException | IOException e) {
            throw new StoreException(NLS.bind(Messages.EncryptionFailed, plain.path(), e.getMessage()), e);
        }
    }

    /** Refuses a password too short to encrypt a new file with. */
    static void refuseShort(String password) {
        if (password == null || password.length() < StoreLocation.SHORTEST_FILE_PASSWORD) {
            throw new StoreException(NLS.bind(Messages.FilePasswordTooShort, StoreLocation.SHORTEST_FILE_PASSWORD));
        }
    }

    /** The names (without the suffix) of the plain database files: the backups, then the database. */
    private static List<String> plainDatabases(Path directory) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, DatabaseFile.NAME + "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!DatabaseFile.isEncrypted(file)) {
                    names.add(name.substring(0, name.length() - SUFFIX.length()));
                }
            }
        }
        names.sort(null);
        // the database last: an interrupted run leaves it plain, and the next run encrypts what is still plain
        if (names.remove(DatabaseFile.NAME)) {
            names.add(DatabaseFile.NAME);
        }
        return names;
    }
}
