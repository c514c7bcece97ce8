package org.fachwerk.store.h2.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.PrivateFiles;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The database file of an embedded store, {@code fachwerk.mv.db} in its data directory, and what keeps it safe:
 * <ul>
 * <li>H2 is handed only a file that is a Fachwerk database: an empty, foreign, truncated or damaged file is refused
 * before H2 could write into it, and stays as it is;</li>
 * <li>a file is inspected read-only first, so a check ({@code verify}) never changes it;</li>
 * <li>a new database is made, and an old one migrated, in a work copy that replaces the file only when every
 * migration has succeeded; the old file is kept beside it as a backup named by its version and the time, which
 * no later backup overwrites; an interrupted migration leaves the file as it was;</li>
 * <li>a location that cannot be written is reported as read-only, and the files are the owner's only;</li>
 * <li>an encrypted file (H2's AES, see {@link FileEncryption}) is opened only with its password, and a new one is
 * made encrypted when a password is given.</li>
 * </ul>
 */
final class DatabaseFile {

    /** The database's name inside the directory; H2 adds {@value #SUFFIX}. */
    static final String NAME = "fachwerk";
    private static final String SUFFIX = ".mv.db";
    private static final String WORK_COPY = "fachwerk-migrating";
    private static final String LOCK = "fachwerk-migrating.lock";
    private static final String USER = "fachwerk";
    /** H2's file header starts each of the first two blocks. */
    private static final String HEADER = "H:2,";
    /** What an encrypted file starts with, before its salt; the rest, H2's header included, is encrypted. */
    static final String ENCRYPTED_HEADER = "H2encrypt\n";
    private static final int HEADER_BLOCK = 4096;
    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path directory;
    private final Path file;
    /** The password the file is encrypted with; null for a plain file. */
    private final String filePassword;

    /** The database file of an embedded location, with the file password the location carries. */
    static DatabaseFile of(StoreLocation location) {
        return new DatabaseFile(Path.of(location.address()), location.password());
    }

    /**
     * @param filePassword the password the file is (or is made) encrypted with; null for a plain file
     * @throws StoreException when the directory's path cannot reach the database (it holds a ';')
     */
    DatabaseFile(Path directory, String filePassword) {
        // H2 takes the path inside its URL, where ';' starts a setting, and has no way to escape it
        if (directory.toString().indexOf(';') >= 0) {
            throw new StoreException(NLS.bind(Messages.SemicolonInPath, directory));
        }
        this.directory = directory;
        this.file = directory.resolve(NAME + SUFFIX);
        this.filePassword = filePassword;
    }

    Path path() {
        return file;
    }

    /** The URL to open the file: read-only (also no trace file is written), or for reading and writing. */
    String url(boolean readOnly) {
        return url(directory.resolve(NAME), readOnly);
    }

    /**
     * The password H2 is given with the user's: an encrypted file's password comes first, separated by a space
     * (the user's own password is empty: the file holds one person's data, or the password protects it).
     */
    String password() {
        return filePassword == null ? "" : filePassword + " ";
    }

    /** Whether the database file is encrypted, read from its first bytes; false when there is none. */
    boolean isEncrypted() {
        return isEncrypted(file);
    }

    /** Whether a database file (the database's or a backup) is encrypted; false when there is none. */
    static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(ENCRYPTED_HEADER.length());
            return new String(start, StandardCharsets.ISO_8859_1).equals(ENCRYPTED_HEADER);
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.CannotOpen, file, e.toString()), e);
        }
    }

    Path directory() {
        return directory;
    }

    /**
     * H2 writes a commit into the file half a second later by default, so that a process killed right after a commit
     * returned lost it (measured: about a thousand of 19,000 acknowledged one-row commits); WRITE_DELAY=0 writes it
     * before the commit returns.
     */
    private String url(Path database, boolean readOnly) {
        return "jdbc:h2:file:" + database + (filePassword == null ? "" : ";CIPHER=AES")
                + (readOnly ? ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0" : ";WRITE_DELAY=0");
    }

    /**
     * Checks, without writing, that the file is a Fachwerk database of the newest schema, as a read-only store needs.
     *
     * @throws StoreException naming what is wrong and what to do
     */
    void inspect(Migrations migrations) {
        if (!Files.exists(file)) {
            throw new StoreException(NLS.bind(Messages.NoDatabaseFile, file));
        }
        try (Connection connection = openReadOnly()) {
            int version = version(connection, migrations);
            if (version < migrations.latest()) {
                throw new StoreException(NLS.bind(Messages.OlderSchemaReadOnly,
                        new Object[] { file, version, migrations.latest() }));
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.CannotOpen, file, e.getMessage()), e);
        }
    }

    /**
     * Makes sure the directory holds a Fachwerk database of the newest schema that can be written: creates a new
     * one, or migrates an old one after a backup.
     *
     * @throws StoreException naming what is wrong and what to do; the file is unchanged then
     */
    void prepare(Migrations migrations) {
        try {
            if (!Files.isDirectory(directory)) {
                PrivateFiles.folder(directory);
            }
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.DataDirectoryNotCreatable, directory, e.getMessage()), e);
        }
        if (!writable(directory) || Files.exists(file) && !writable(file)) {
            throw new StoreException(NLS.bind(Messages.ReadOnlyLocation, writable(directory) ? file : directory));
        }
        try {
            if (!Files.exists(file)) {
                create(migrations);
            } else {
                // the read-only connection keeps writers out until the migrated file is in place
                Object opened = fileKey();
                try (Connection connection = openReadOnly()) {
                    int version = version(connection, migrations);
                    if (version < migrations.latest()) {
                        migrate(migrations, version, opened);
                    }
                }
            }
            PrivateFiles.restrict(directory);
            PrivateFiles.restrict(file);
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.CannotOpen, file, e.toString()), e);
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.CannotOpen, file, e.getMessage()), e);
        }
    }

    /**
     * Rewrites the file with only its live data, as H2's {@code SHUTDOWN COMPACT} does (into a new file that replaces
     * it at the end), after the checks of {@link #prepare}.
     *
     * @return the file's size before and after
     */
    StoreService.Compaction compact(Migrations migrations) {
        prepare(migrations);
        try {
            long before = Files.size(file);
            try (Connection connection = connect(url(false)); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                    throw new StoreException(NLS.bind(Messages.AlreadyOpen, directory), e);
                }
                throw new StoreException(NLS.bind(Messages.CannotOpen, file, e.getMessage()), e);
            }
            restrict();
            return new StoreService.Compaction(before, Files.size(file));
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.CannotOpen, file, e.toString()), e);
        }
    }

    /** Makes the file its owner's only again after H2 rewrote it (a compaction writes a new file). */
    void restrict() throws IOException {
        PrivateFiles.restrict(file);
    }

    /** A new database: made complete in the work copy, then put in place; encrypted when a password is given. */
    private void create(Migrations migrations) throws IOException, SQLException {
        if (filePassword != null) {
            FileEncryption.refuseShort(filePassword);
        }
        try (Lock lock = new Lock()) {
            if (Files.exists(file)) {
                return; // another Fachwerk made it meanwhile
            }
            Path copy = workCopy();
            migrateCopy(migrations, copy, null);
            try {
                Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.delete(copy);
            }
        }
    }

    /**
     * @param opened the identity of the file the version was read from: when another Fachwerk replaced it meanwhile
     *        (it migrated the file and let go of the lock), this one does not migrate the old state over it
     */
    private void migrate(Migrations migrations, int version, Object opened) throws IOException, SQLException {
        try (Lock lock = new Lock()) {
            if (!java.util.Objects.equals(opened, fileKey())) {
                throw new StoreException(NLS.bind(Messages.MigrationInProgress, directory));
            }
            Path backup = backup(version);
            Path copy = workCopy();
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            migrateCopy(migrations, copy, backup);
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Brings the copy to the newest version; when that fails the copy is removed and the message names the backup. */
    private void migrateCopy(Migrations migrations, Path copy, Path backup) throws IOException, SQLException {
        boolean done = false;
        try {
            // the last connection's close shuts the database down and writes everything into the file
            try (Connection connection = connect(url(directory.resolve(WORK_COPY), false))) {
                migrations.migrate(connection, file.toString(), migrations.latest());
            }
            PrivateFiles.restrict(copy);
            done = true;
        } catch (StoreException e) {
            throw backup == null ? e
                    : new StoreException(e.getMessage() + " " + NLS.bind(Messages.MigrationBackup, backup), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(directory.resolve(WORK_COPY + ".trace.db"));
            }
        }
    }

    /** A work copy left by an interrupted migration is removed: the file it was made from is still there. */
    private Path workCopy() throws IOException {
        Path copy = directory.resolve(WORK_COPY + SUFFIX);
        Files.deleteIfExists(copy);
        return copy;
    }

    /** Copies the file, private, to a name of its version and the time that no other backup has. */
    private Path backup(int version) throws IOException {
        String stem = NAME + "-V" + version + "-" + LocalDateTime.now().format(BACKUP_TIME);
        for (int attempt = 1;; attempt++) {
            Path backup = directory.resolve(stem + (attempt == 1 ? "" : "-" + attempt) + SUFFIX);
            try {
                PrivateFiles.newFile(backup);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file);
                    OutputStream out = Files.newOutputStream(backup, StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            }
            return backup;
        }
    }

    /**
     * Opens the file read-only after checking its header: H2 itself would take an empty or unreadable file for a new
     * database and write one into it.
     */
    private Connection openReadOnly() throws SQLException {
        checkHeader();
        try {
            return connect(url(true));
        } catch (SQLException e) {
            switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                throw new StoreException(NLS.bind(Messages.AlreadyOpen, directory), e);
            case ErrorCode.DATABASE_IS_READ_ONLY: // it found nothing to read and wanted to make a database
            case ErrorCode.FILE_CORRUPTED_1:
                throw new StoreException(NLS.bind(Messages.DamagedFile, file, e.getMessage()), e);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                throw new StoreException(NLS.bind(Messages.WrongFilePassword, file), e);
            default:
                throw e;
            }
        }
    }

    /** What tells the file from one that replaced it under the same name (its inode on POSIX file systems). */
    private Object fileKey() throws IOException {
        Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        return key != null ? key : Files.getLastModifiedTime(file);
    }

    /**
     * Refuses an empty file, one that is not H2's, and one shorter than its header says (truncated); an encrypted
     * one without its password, and a plain one given a password (it is encrypted by {@link FileEncryption} only).
     * An encrypted file's header cannot be read before H2 opens it: a truncated one is found by H2 then.
     */
    private void checkHeader() {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new StoreException(NLS.bind(Messages.EmptyFile, file));
            }
            if (isEncrypted()) {
                if (filePassword == null) {
                    throw new StoreException(NLS.bind(Messages.EncryptedFile, file));
                }
                return;
            } else if (filePassword != null) {
                throw new StoreException(NLS.bind(Messages.NotEncrypted, file));
            }
            byte[] start = new byte[(int) Math.min(size, 2 * HEADER_BLOCK)];
            try (InputStream in = Files.newInputStream(file)) {
                start = in.readNBytes(start.length);
            }
            String header = header(start, 0);
            if (header == null) {
                header = header(start, HEADER_BLOCK); // H2 writes the header twice
            }
            if (header == null) {
                throw new StoreException(NLS.bind(Messages.NotADatabase, file));
            }
            long block = field(header, "block");
            long blockSize = field(header, "blockSize");
            if (block >= 0 && blockSize > 0 && (block + 1) * blockSize > size) {
                throw new StoreException(NLS.bind(Messages.TruncatedFile, new Object[] { file, size,
                        (block + 1) * blockSize }));
            }
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.CannotOpen, file, e.toString()), e);
        }
    }

    private static String header(byte[] bytes, int offset) {
        if (bytes.length < offset + HEADER.length()) {
            return null;
        }
        int end = offset;
        while (end < bytes.length && end < offset + HEADER_BLOCK && bytes[end] != '\n' && bytes[end] != 0) {
            end++;
        }
        String text = new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
        return text.startsWith(HEADER) ? text : null;
    }

    /** A hexadecimal field of H2's header, or -1 when it is not there. */
    private static long field(String header, String name) {
        for (String pair : header.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0 && pair.substring(0, colon).strip().equals(name)) {
                try {
                    return Long.parseLong(pair.substring(colon + 1).strip(), 16);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The schema version of a Fachwerk database; an H2 database without Fachwerk's tables is refused. */
    private int version(Connection connection, Migrations migrations) throws SQLException {
        int version = Migrations.version(connection);
        if (version == 0) {
            throw new StoreException(NLS.bind(Messages.NoFachwerkData, file));
        }
        if (version > migrations.latest()) {
            throw new StoreException(NLS.bind(Messages.NewerSchema, new Object[] { file, version,
                    migrations.latest() }));
        }
        return version;
    }

    private Connection connect(String url) throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        source.setPassword(password());
        return source.getConnection();
    }

    /**
     * Whether Fachwerk may write there: the account may, and the path has a write permission at all, so that even an
     * administrator's account (which may write anywhere) leaves a location alone that was made read-only.
     */
    private static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.contains(PosixFilePermission.OWNER_WRITE)
                    || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }

    /** Only one Fachwerk makes or migrates the database at a time; the others are told to wait. */
    private final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        Lock() throws IOException {
            Path path = directory.resolve(LOCK);
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock taken;
            try {
                taken = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                taken = null;
            }
            if (taken == null) {
                channel.close();
                throw new StoreException(NLS.bind(Messages.MigrationInProgress, directory));
            }
            lock = taken;
        }

        /** The lock file stays: deleting it would let one Fachwerk lock the old file and another a new one. */
        @Override
        public void close() throws IOException {
            lock.release();
            channel.close();
        }
    }
}
