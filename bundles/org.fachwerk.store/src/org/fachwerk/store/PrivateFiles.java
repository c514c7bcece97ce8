package org.fachwerk.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold a department's data (databases, their backups, exported reports) and the folders around them are
 * readable only by the account that made them: 0600 files, 0700 folders. Another account on the same computer, a
 * family member's say, reads nothing. On a file system without POSIX permissions (Windows) the folder's access list
 * decides and nothing is changed.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates the folder and its missing parents; those it creates are 0700, the folder itself is made 0700. */
    public static Path folder(Path folder) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(folder);
        }
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        restrict(folder);
        return folder;
    }

    /** Creates a new empty file, 0600 from the start (not made private after it was readable). */
    public static Path newFile(Path file) throws IOException {
        return POSIX ? Files.createFile(file, attribute()) : Files.createFile(file);
    }

    /** Creates a new empty file in the folder, 0600, with a name that no other file has. */
    public static Path newTemporaryFile(Path folder, String prefix, String suffix) throws IOException {
        return POSIX ? Files.createTempFile(folder, prefix, suffix, attribute())
                : Files.createTempFile(folder, prefix, suffix);
    }

    /** Makes an existing file 0600 or folder 0700, e.g. one another program (the database) created. */
    public static void restrict(Path path) throws IOException {
        if (POSIX && Files.exists(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }
}
